package ma.accesinfo.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads (and, to stand for the passing of time, moves timers in) the test run's database. */
public final class Database {

  private final String url;

  Database(String url) {
    this.url = url;
  }

  public long count(String sql, Object... parameters) {
    return query(sql, parameters, rs -> rs.getLong(1));
  }

  public <T> T single(String sql, Class<T> type, Object... parameters) {
    return query(sql, parameters, rs -> rs.getObject(1, type));
  }

  public int update(String sql, Object... parameters) {
    try (Connection c = connect();
        PreparedStatement statement = prepare(c, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs the statements in order on one connection (to change session settings, say). */
  public void script(String... statements) {
    try (Connection c = connect();
        java.sql.Statement statement = c.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, Object[] parameters, Row<T> row) {
    try (Connection c = connect();
        PreparedStatement statement = prepare(c, sql, parameters);
        ResultSet rs = statement.executeQuery()) {
      return rs.next() ? row.read(rs) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "postgres", "postgres");
  }

  private static PreparedStatement prepare(Connection c, String sql, Object[] parameters)
      throws SQLException {
    PreparedStatement statement = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
