package ma.accesinfo.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one real PostgreSQL for the whole test run, before Arquillian starts WildFly (which reads
 * its datasource settings from the environment the build gives it), and stops it at the end. Its
 * data lives under target/ and starts empty on each run.
 */
public class EmbeddedPostgresExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            RunningPostgres.class, k -> RunningPostgres.start(), RunningPostgres.class);
  }

  static final class RunningPostgres implements ExtensionContext.Store.CloseableResource {

    private final EmbeddedPostgres postgres;

    private RunningPostgres(EmbeddedPostgres postgres) {
      this.postgres = postgres;
    }

    static RunningPostgres start() {
      try {
        Path dir = Path.of(System.getProperty("accesinfo.it.postgres.dir", "target/it-postgres"));
        Files.createDirectories(dir.getParent());
        return new RunningPostgres(
            EmbeddedPostgres.builder()
                .setPort(TestSettings.postgresPort())
                .setDataDirectory(dir)
                .setCleanDataDirectory(true)
                .start());
      } catch (IOException e) {
        throw new UncheckedIOException("PostgreSQL did not start", e);
      }
    }

    @Override
    public void close() throws IOException {
      postgres.close();
    }
  }
}
