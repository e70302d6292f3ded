package ma.accesinfo.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real SMTP server (GreenMail) for the whole test run, before Arquillian starts WildFly,
 * whose mail session the build points at it, signing in with the test run's SMTP account; tests
 * read what it received.
 */
public class MailServerExtension implements BeforeAllCallback {

  private static volatile GreenMail server;

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            RunningMailServer.class, k -> RunningMailServer.start(), RunningMailServer.class);
  }

  /** The test run's mail server. */
  static GreenMail server() {
    return server;
  }

  static final class RunningMailServer implements ExtensionContext.Store.CloseableResource {

    static RunningMailServer start() {
      GreenMail mail =
          new GreenMail(
                  new ServerSetup(
                      Integer.getInteger("accesinfo.it.smtp.port", 13025), "127.0.0.1", "smtp"))
              // The application signs in as this account; a wrong password is refused (535).
              .withConfiguration(
                  GreenMailConfiguration.aConfig()
                      .withUser(
                          "outbox@it.accesinfo.ma",
                          TestSettings.SMTP_USERNAME,
                          TestSettings.SMTP_PASSWORD));
      mail.start();
      server = mail;
      return new RunningMailServer();
    }

    @Override
    public void close() {
      server.stop();
    }
  }
}
