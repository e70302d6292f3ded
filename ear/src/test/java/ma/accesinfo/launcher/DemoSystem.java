package ma.accesinfo.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import ma.accesinfo.infrastructure.demo.DemoData;

/**
 * Runs the whole system on this machine: a real PostgreSQL (embedded binaries, data kept in
 * var/postgres of the checkout) unless an external one is configured, and the provisioned WildFly
 * with the application and its demo data. Ctrl+C stops both cleanly.
 *
 * <p>Settings (environment variables): POSTGRESQL_URL, POSTGRESQL_USER, POSTGRESQL_PASSWORD for an
 * external database; ACCESINFO_DB_PORT for the embedded one (default 15432); ACCESINFO_HTTP_PORT
 * (default 8080); ACCESINFO_BIND_ADDRESS (default 127.0.0.1); ACCESINFO_DEMO_DATA (default true);
 * ACCESINFO_DATA_KEYS (default: a key made once and kept in var/data-key).
 */
public final class DemoSystem {

  private static final String DATABASE = "accesinfo";

  private final Path home;
  private final Path server;
  private final Path ear;
  private final Map<String, String> env = System.getenv();
  private EmbeddedPostgres postgres;
  private MailCatcher mail;
  private Process wildfly;

  private DemoSystem(Path home, Path server, Path ear) {
    this.home = home;
    this.server = server;
    this.ear = ear;
  }

  public static void main(String[] args) throws Exception {
    DemoSystem system =
        new DemoSystem(
            Path.of(System.getProperty("accesinfo.home", ".")).toAbsolutePath().normalize(),
            Path.of(System.getProperty("accesinfo.server", "ear/target/server")),
            Path.of(System.getProperty("accesinfo.ear", "ear/target/accesinfo.ear")));
    Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "accesinfo-stop"));
    int exit = system.run();
    system.stop();
    if (exit != 0) {
      throw new IllegalStateException("WildFly stopped with exit code " + exit);
    }
  }

  private int run() throws Exception {
    Database database = startDatabase();
    startMailCatcher();
    startServer(database);
    String address = "http://" + bindAddress() + ":" + httpPort();
    awaitApplication(address + "/api/v1/bodies");
    printWelcome(address, database);
    return wildfly.waitFor();
  }

  private record Database(String url, String user, String password, boolean embedded) {}

  private Database startDatabase() throws IOException, SQLException {
    String external = env.get("POSTGRESQL_URL");
    if (external != null && !external.isBlank()) {
      return new Database(
          external,
          env.getOrDefault("POSTGRESQL_USER", "postgres"),
          env.getOrDefault("POSTGRESQL_PASSWORD", ""),
          false);
    }
    Path data = home.resolve("var/postgres");
    Files.createDirectories(data.getParent());
    int port = Integer.parseInt(env.getOrDefault("ACCESINFO_DB_PORT", "15432"));
    System.out.println("Starting PostgreSQL on port " + port + " with its data in " + data);
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      boolean exists =
          c.createStatement()
              .executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")
              .next();
      if (!exists) {
        c.createStatement().execute("create database " + DATABASE);
      }
    }
    return new Database(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, "postgres", "postgres", true);
  }

  /** Unless an SMTP server is configured, the demo's mail goes to a local catcher. */
  private void startMailCatcher() {
    if (env.get("ACCESINFO_SMTP_HOST") != null) {
      return;
    }
    mail =
        MailCatcher.start(
            bindAddress(),
            Integer.parseInt(env.getOrDefault("ACCESINFO_SMTP_PORT", "2525")),
            mailPagePort());
  }

  private int mailPagePort() {
    return Integer.parseInt(env.getOrDefault("ACCESINFO_MAIL_PAGE_PORT", "8025"));
  }

  private void startServer(Database database) throws IOException {
    Path base = home.resolve("var/wildfly");
    Path deployments = base.resolve("deployments");
    copyTree(server.resolve("standalone/configuration"), base.resolve("configuration"));
    Files.createDirectories(deployments);
    try (Stream<Path> old = Files.list(deployments)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    Files.copy(ear, deployments.resolve("accesinfo.ear"), StandardCopyOption.REPLACE_EXISTING);

    List<String> command = new ArrayList<>();
    command.add(server.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.server.base.dir=" + base);
    command.add("-b");
    command.add(bindAddress());
    command.add("-Djboss.http.port=" + httpPort());
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    Map<String, String> serverEnv = builder.environment();
    serverEnv.put("POSTGRESQL_URL", database.url());
    serverEnv.put("POSTGRESQL_USER", database.user());
    serverEnv.put("POSTGRESQL_PASSWORD", database.password());
    serverEnv.put("ACCESINFO_DEMO_DATA", env.getOrDefault("ACCESINFO_DEMO_DATA", "true"));
    if (env.get("ACCESINFO_DATA_KEYS") == null) {
      serverEnv.put("ACCESINFO_DATA_KEYS", demoDataKey());
    }
    serverEnv.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    // G1 may spend up to a fifth of its time collecting before it grows the heap (its default is
    // under a tenth): started, the server holds 700-800 MB instead of over 1 GB, and filed as fast
    // (docs/performance.md, cold start)
    serverEnv.putIfAbsent(
        "JAVA_OPTS", "-Xms256m -Xmx1g -XX:GCTimeRatio=4 -Djava.net.preferIPv4Stack=true");
    System.out.println("Starting WildFly from " + server);
    wildfly = builder.start();
  }

  /**
   * The key that seals the demo's personal data, made once and kept in var/ beside the demo's
   * database (which is useless without it). A real installation sets ACCESINFO_DATA_KEYS itself.
   */
  private String demoDataKey() throws IOException {
    Path file = home.resolve("var/data-key");
    if (!Files.exists(file)) {
      byte[] key = new byte[32];
      new java.security.SecureRandom().nextBytes(key);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "demo1:" + java.util.Base64.getEncoder().encodeToString(key));
      try {
        Files.setPosixFilePermissions(
            file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the default permissions
      }
    }
    return Files.readString(file).strip();
  }

  private void awaitApplication(String url) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!wildfly.isAlive()) {
        throw new IllegalStateException("WildFly stopped while starting; see its log above");
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(1_000);
    }
    throw new IllegalStateException(
        "the application did not answer at " + url + " within 5 minutes");
  }

  private void printWelcome(String address, Database database) {
    String line = "=".repeat(78);
    StringBuilder text = new StringBuilder();
    text.append('\n').append(line).append('\n');
    text.append(" accesinfo is running at ").append(address).append('\n');
    text.append("   API:     ").append(address).append("/api/v1/bodies\n");
    text.append("   OpenAPI: ").append(address).append("/openapi\n");
    if (mail != null) {
      text.append("   Mail:    http://")
          .append(bindAddress())
          .append(":")
          .append(mailPagePort())
          .append(" (every e-mail the demo sends)\n");
    }
    text.append("   Database: ")
        .append(database.url())
        .append(database.embedded() ? " (embedded)" : " (external)")
        .append('\n');
    text.append('\n');
    text.append(" Demo accounts (demo only), all with the password ")
        .append(DemoData.DEMO_PASSWORD)
        .append(":\n");
    for (DemoData.DemoAccount account : DemoData.DEMO_ACCOUNTS) {
      text.append(
          String.format(
              "   %-40s %s%s%n",
              account.email(),
              account.role(),
              account.bodyCode() == null ? "" : " of " + account.bodyCode()));
    }
    text.append('\n')
        .append(" Press Ctrl+C to stop WildFly and PostgreSQL.\n")
        .append(line)
        .append('\n');
    System.out.println(text);
  }

  private synchronized void stop() {
    if (wildfly != null && wildfly.isAlive()) {
      System.out.println("Stopping WildFly...");
      wildfly.destroy();
      try {
        if (!wildfly.waitFor(60, TimeUnit.SECONDS)) {
          wildfly.destroyForcibly();
        }
      } catch (InterruptedException e) {
        wildfly.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (mail != null) {
      mail.close();
      mail = null;
    }
    if (postgres != null) {
      System.out.println("Stopping PostgreSQL...");
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
      }
      postgres = null;
    }
  }

  private String bindAddress() {
    return env.getOrDefault("ACCESINFO_BIND_ADDRESS", "127.0.0.1");
  }

  private String httpPort() {
    return env.getOrDefault("ACCESINFO_HTTP_PORT", "8080");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
