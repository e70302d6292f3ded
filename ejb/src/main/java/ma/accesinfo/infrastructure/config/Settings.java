package ma.accesinfo.infrastructure.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The settings of a running system, read at run time so that nothing about an installation is fixed
 * when it is built. A setting {@code accesinfo.demo-data} is read from the system property of that
 * name, else from the environment variable {@code ACCESINFO_DEMO_DATA}.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> get(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentName(key));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public static boolean flag(String key) {
    return get(key).map(v -> v.equalsIgnoreCase("true") || v.equals("1")).orElse(false);
  }

  public static long number(String key, long fallback) {
    return get(key).map(Long::parseLong).orElse(fallback);
  }

  /**
   * This server's name among the servers sharing one database: WildFly's node name ({@code
   * -Djboss.node.name}, the host's name unless set), else the host's name.
   */
  public static String node() {
    return get("jboss.node.name")
        .orElseGet(
            () -> {
              try {
                return java.net.InetAddress.getLocalHost().getHostName();
              } catch (java.net.UnknownHostException e) {
                return "localhost";
              }
            });
  }

  static String environmentName(String key) {
    return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
