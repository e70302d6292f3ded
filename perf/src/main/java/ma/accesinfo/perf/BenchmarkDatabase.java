package ma.accesinfo.perf;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A benchmark's own PostgreSQL 17 (the embedded binaries the system runs with), tuned for loading a
 * national volume, with the schema the project's migrations make. Its data stays after the run, so
 * that {@code -Dreuse=true} measures again without loading anew.
 */
public final class BenchmarkDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final boolean reused;

  private BenchmarkDatabase(EmbeddedPostgres postgres, boolean reused) {
    this.postgres = postgres;
    this.reused = reused;
  }

  /**
   * Starts the database in the folder, empty unless {@code -Dreuse=true} and data is there, and
   * migrates it.
   */
  public static BenchmarkDatabase start(Path data) throws IOException {
    return start(data, Boolean.getBoolean("reuse"), "512MB");
  }

  /**
   * Starts the database in the folder with the cache size given ({@code shared_buffers}), empty
   * unless {@code reuse} and data is there, and migrates it.
   */
  public static BenchmarkDatabase start(Path data, boolean reuseData, String sharedBuffers)
      throws IOException {
    boolean reuse = reuseData && Files.isDirectory(data);
    if (!reuse && Files.exists(data)) {
      try (var paths = Files.walk(data)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setServerConfig("shared_buffers", sharedBuffers)
            .setServerConfig("work_mem", "32MB")
            .setServerConfig("maintenance_work_mem", "512MB")
            .setServerConfig("max_wal_size", "4GB")
            .start();
    Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return new BenchmarkDatabase(postgres, reuse);
  }

  /** What a row is read as. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Reads the one row a query answers, on a connection of its own. */
  public static <T> T one(DataSource dataSource, String sql, RowReader<T> reader)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return reader.read(rs);
    }
  }

  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** Whether the data of an earlier run was kept: nothing is to be loaded. */
  public boolean reused() {
    return reused;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
