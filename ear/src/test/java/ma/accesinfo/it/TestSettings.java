package ma.accesinfo.it;

/** Where the test run's servers listen, as the build set them. */
final class TestSettings {

  static final String ADMIN_EMAIL = "admin@it.accesinfo.ma";
  static final String ADMIN_PASSWORD = "It-Admin-Passw0rd!";

  /** The key the build gives the server for personal data (ACCESINFO_DATA_KEYS in ear/pom.xml). */
  static final String DATA_KEY = "it1:edJS0Q+llTdjhzbA5Aq87hI1UZcvpL0eQLFRU2XY0XE=";

  static final String SMTP_USERNAME = "accesinfo-it";
  static final String SMTP_PASSWORD = "It-Smtp-Passw0rd!";

  private TestSettings() {}

  static int postgresPort() {
    return Integer.getInteger("accesinfo.it.postgres.port", 55432);
  }

  static String baseUrl() {
    return "http://127.0.0.1:" + Integer.getInteger("accesinfo.it.http.port", 18080);
  }

  static String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgresPort() + "/postgres";
  }
}
