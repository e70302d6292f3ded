package ma.accesinfo.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;

/**
 * Changes a setting of the running server through its management API, as an operator would: the
 * application reads its settings from system properties before the environment.
 */
final class ServerProperties {

  private ServerProperties() {}

  /** Sets (or, given null, removes) a system property of the running server. */
  static void set(ManagementClient management, String name, String value) {
    ModelNode operation = new ModelNode();
    operation.get("address").add("system-property", name);
    operation.get("operation").set(value == null ? "remove" : "add");
    if (value != null) {
      operation.get("value").set(value);
    }
    try {
      ModelNode outcome = management.getControllerClient().execute(operation);
      assertThat(outcome.get("outcome").asString()).as(outcome.toString()).isEqualTo("success");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
