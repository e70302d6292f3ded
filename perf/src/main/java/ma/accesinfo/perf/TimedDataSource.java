package ma.accesinfo.perf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * A data source whose prepared statements print how long each query took, with the start of its
 * text: to find which query of a benchmark costs the time ({@code -Dtrace=true}).
 */
public final class TimedDataSource {

  private TimedDataSource() {}

  public static DataSource wrap(DataSource dataSource) {
    return proxy(
        DataSource.class,
        dataSource,
        (method, result, args) ->
            method.equals("getConnection") ? connection((Connection) result) : result);
  }

  private static Connection connection(Connection connection) {
    return proxy(
        Connection.class,
        connection,
        (method, result, args) ->
            method.equals("prepareStatement")
                ? statement((PreparedStatement) result, (String) args[0])
                : result);
  }

  private static PreparedStatement statement(PreparedStatement statement, String sql) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              long start = System.nanoTime();
              try {
                return method.invoke(statement, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              } finally {
                if (method.getName().startsWith("execute")) {
                  String shown = sql.replaceAll("\\s+", " ");
                  int from =
                      Math.max(
                          0,
                          shown.indexOf(" select ") > 0 && shown.startsWith("with")
                              ? shown.lastIndexOf(") select")
                              : 0);
                  System.out.printf(
                      Locale.ROOT,
                      "%8.1f ms  %s%n",
                      (System.nanoTime() - start) / 1e6,
                      shown.substring(from, Math.min(shown.length(), from + 150)));
                }
              }
            });
  }

  @FunctionalInterface
  private interface After {
    Object apply(String method, Object result, Object[] args);
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              try {
                return after.apply(method.getName(), method.invoke(target, args), args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
