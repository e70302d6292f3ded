package ma.accesinfo.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One server at a time does its start-up chores on a shared database: migrating the schema, making
 * the engine's tables and deploying the models, upgrading running procedures, loading the demo data
 * and the first administrator. Nodes of a cluster started together would otherwise race on them
 * (two creating the same table or row, one failing its deployment). A PostgreSQL advisory lock:
 * released by the database itself when the server holding it dies.
 */
@ApplicationScoped
public class StartupLock {

  static final long KEY = 3_113_000_001L;

  @PersistenceContext EntityManager em;

  /** Waits for the lock and holds it on this connection until {@link #release(Connection)}. */
  public static void acquire(Connection c) throws SQLException {
    run(c, "select pg_advisory_lock(?)");
  }

  public static void release(Connection c) throws SQLException {
    run(c, "select pg_advisory_unlock(?)");
  }

  /** Waits for the lock and holds it until the current transaction ends. */
  public void holdUntilCommit() {
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
        .setParameter(1, KEY)
        .getSingleResult();
  }

  private static void run(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, KEY);
      s.executeQuery().close();
    }
  }
}
