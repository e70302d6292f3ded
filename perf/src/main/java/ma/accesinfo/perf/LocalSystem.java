package ma.accesinfo.perf;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The whole system on this machine for a check or a benchmark that disrupts it: a PostgreSQL of its
 * own, a real SMTP server (GreenMail) receiving every message, and the provisioned WildFly with the
 * built EAR and the demo data, in a folder of {@code perf/target}, on ports of their own. Each part
 * can be stopped, killed and started again. Several WildFly nodes can share the database, each at a
 * port offset of 100 from the one before ({@link Node}); the methods without a node act on the
 * first.
 */
final class LocalSystem implements AutoCloseable {

  static final List<String> CITIZENS =
      List.of("amina@demo.accesinfo.ma", "youssef@demo.accesinfo.ma");

  private static final int HTTP_PORT = 8190;
  private static final int MANAGEMENT_PORT = 10190;
  private static final int DB_PORT = 35432;
  private static final int SMTP_PORT = 3125;
  private static final int PORT_OFFSET = 100;
  private static final String JDBC = "jdbc:postgresql://127.0.0.1:" + DB_PORT + "/accesinfo";

  /** The servers' key for personal data (a test key: the generated data is not personal). */
  private static final String DATA_KEYS =
      "check1:" + Base64.getEncoder().encodeToString(new byte[32]);

  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  private final Path home;
  private final Path server;
  private final Path ear;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
  private final Map<String, String> settings = new java.util.HashMap<>();
  private final List<Node> nodes = new java.util.ArrayList<>();
  private EmbeddedPostgres postgres;

  private LocalSystem(Path home, Path server, Path ear) {
    this.home = home;
    this.server = server;
    this.ear = ear;
  }

  /** Starts everything afresh in {@code perf/target/<name>} of the checkout at {@code root}. */
  static LocalSystem start(Path root, String name) throws Exception {
    return start(root, name, Map.of());
  }

  /** The same, the server given settings of its own (environment variables). */
  static LocalSystem start(Path root, String name, Map<String, String> settings) throws Exception {
    return start(root, name, settings, 1);
  }

  /**
   * The same with {@code nodeCount} WildFly nodes on the one database, all started at the same
   * moment on the empty database.
   */
  static LocalSystem start(Path root, String name, Map<String, String> settings, int nodeCount)
      throws Exception {
    LocalSystem system =
        new LocalSystem(
            root.resolve("perf/target").resolve(name),
            root.resolve("ear/target/server"),
            root.resolve("ear/target/accesinfo.ear"));
    system.settings.putAll(settings);
    clean(system.home);
    system.startMail();
    system.startDatabase();
    for (int i = 0; i < nodeCount; i++) {
      system.nodes.add(system.new Node(i));
    }
    for (Node node : system.nodes) {
      node.start();
    }
    for (Node node : system.nodes) {
      node.await(Duration.ofMinutes(5));
      node.awaitDemoCitizens();
    }
    return system;
  }

  /**
   * Starts the SMTP server in a thread group of its own: a connection cut by a killed server ends
   * its handler thread with an exception, which is the server's doing, not the check's (the exec
   * plugin would count it as the check failing).
   */
  private void startMail() throws InterruptedException {
    ThreadGroup smtp =
        new ThreadGroup("smtp") {
          @Override
          public void uncaughtException(Thread t, Throwable e) {
            System.out.println("SMTP connection ended: " + e);
          }
        };
    Thread starter = new Thread(smtp, mail::start, "smtp-start");
    starter.start();
    starter.join();
  }

  Node node(int index) {
    return nodes.get(index);
  }

  List<Node> nodes() {
    return List.copyOf(nodes);
  }

  GreenMail mail() {
    return mail;
  }

  javax.sql.DataSource dataSource() {
    return postgres.getDatabase("postgres", "accesinfo");
  }

  Connection database() throws SQLException {
    return DriverManager.getConnection(JDBC, "postgres", "postgres");
  }

  /** Files a request as the signed-in citizen, on the first node. */
  HttpResponse<String> file(String token, long n) throws IOException, InterruptedException {
    return node(0).file(token, n);
  }

  String signIn(String email) throws IOException, InterruptedException {
    return node(0).signIn(email);
  }

  private HttpResponse<String> file(String base, String token, long n)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/v1/requests"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(request(n)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The count a query answers, its one parameter (if any) an array of references. */
  static long count(Connection c, String sql, java.sql.Array references) throws SQLException {
    try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
      if (references != null) {
        s.setArray(1, references);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * A value sealed as the servers seal personal data, under their key: generated data is stored as
   * theirs would be, and they find nothing to seal again at start.
   */
  static String sealed(String value) {
    System.setProperty("accesinfo.data-keys", DATA_KEYS);
    return new ma.accesinfo.infrastructure.security.AesGcmPersonalDataProtection().seal(value);
  }

  /**
   * Makes the reply periods of these requests end now, as if their last day had come: their timers
   * are due in the engine's job table.
   */
  static void endReplyPeriods(Connection c, java.sql.Array references) throws SQLException {
    try (java.sql.PreparedStatement due =
        c.prepareStatement(
            "update act_ru_job j set duedate_ = now() from act_ru_execution e, act_ru_jobdef d"
                + " where j.process_instance_id_ = e.id_ and d.id_ = j.job_def_id_"
                + " and e.parent_id_ is null and d.act_id_ = 'replyPeriodEnded'"
                + " and e.business_key_ = any(?)")) {
      due.setArray(1, references);
      due.executeUpdate();
    }
  }

  static String reference(HttpResponse<String> acknowledged) {
    Matcher m = REFERENCE.matcher(acknowledged.body());
    if (!m.find()) {
      throw new IllegalStateException("no reference in " + acknowledged.body());
    }
    return m.group(1);
  }

  private String signIn(String base, String email) throws IOException, InterruptedException {
    return signIn(base, email, "");
  }

  /** Signs a demo account in, with a second-factor code for staff (empty for citizens). */
  private String signIn(String base, String email, String code)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\""
                            + email
                            + "\",\"password\":\"Demo-31-13!\",\"code\":\""
                            + code
                            + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(answer.body());
    if (answer.statusCode() != 201 || !m.find()) {
      throw new IOException("sign-in answered " + answer.statusCode());
    }
    return m.group(1);
  }

  private static String request(long n) {
    return "{\"bodyCode\":\"MIN-EF\",\"subject\":\"Marchés publics de 2025, demande "
        + n
        + "\",\"description\":\"Je demande la liste des marchés publics passés en 2025, avec leurs"
        + " titulaires et leurs montants.\",\"urgent\":false,\"deliveryMode\":\"EMAIL\","
        + "\"language\":\"fr\"}";
  }

  /**
   * Stops the first node cleanly and starts it again with these settings changed (an empty value
   * removes the setting: the server's default).
   */
  void restartServer(Map<String, String> changed) throws Exception {
    node(0).stop();
    changed.forEach(
        (key, value) -> {
          if (value.isEmpty()) {
            settings.remove(key);
          } else {
            settings.put(key, value);
          }
        });
    node(0).start();
    node(0).await(Duration.ofMinutes(5));
  }

  /**
   * Stops the first node cleanly and starts it again with another build of the application (an EAR
   * built from another commit, to compare two versions of the code on the same data in one run), or
   * with the built one when {@code other} is null.
   */
  void redeploy(Path other) throws Exception {
    node(0).stop();
    Files.copy(
        other == null ? ear : other,
        node(0).folder().resolve("deployments/accesinfo.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    node(0).start();
    node(0).await(Duration.ofMinutes(5));
  }

  void killServer() throws InterruptedException {
    node(0).kill();
  }

  void startServer() throws IOException {
    node(0).start();
  }

  void awaitServer(Duration limit) throws InterruptedException {
    node(0).await(limit);
  }

  void stopDatabase() throws IOException {
    postgres.close();
  }

  void startDatabase() throws IOException, SQLException {
    postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(home.resolve("postgres"))
            .setCleanDataDirectory(false)
            .setPort(DB_PORT)
            .start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery("select 1 from pg_database where datname = 'accesinfo'")) {
      if (!rs.next()) {
        c.createStatement().execute("create database accesinfo");
      }
    }
  }

  /**
   * One WildFly server of the system: the first listens on the system's ports, the next ones at an
   * offset of 100 each ({@code jboss.socket.binding.port-offset}), each with its own configuration
   * folder, node name ({@code node-1}, {@code node-2}, ...) and log.
   */
  final class Node {

    private final int index;
    private final String base;
    private Process wildfly;

    private Node(int index) {
      this.index = index;
      this.base = "http://127.0.0.1:" + (HTTP_PORT + index * PORT_OFFSET);
    }

    String name() {
      return "node-" + (index + 1);
    }

    HttpResponse<String> file(String token, long n) throws IOException, InterruptedException {
      return LocalSystem.this.file(base, token, n);
    }

    String signIn(String email) throws IOException, InterruptedException {
      return LocalSystem.this.signIn(base, email);
    }

    /** Signs a demo staff account in with the current code of the demo's second-factor secret. */
    String signInStaff(String email) throws IOException, InterruptedException {
      String code =
          ma.accesinfo.domain.model.account.Totp.code(
              ma.accesinfo.infrastructure.demo.DemoData.DEMO_SECOND_FACTOR,
              ma.accesinfo.domain.model.account.Totp.stepAt(java.time.Instant.now()));
      return LocalSystem.this.signIn(base, email, code);
    }

    /** A GET of the API as the signed-in caller. */
    HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + token)
              .header("Accept-Language", "fr")
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A web page as a browser that signed in elsewhere: with the pages' sign-in cookie and no HTTP
     * session of this server (redirects not followed).
     */
    HttpResponse<String> page(String token, String path) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(60))
              .header("Cookie", "accesinfo-session=" + token + "; accesinfo-lang=fr")
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** A POST without a body to the API as the signed-in caller, waiting up to {@code limit}. */
    HttpResponse<String> post(String token, String path, Duration limit)
        throws IOException, InterruptedException {
      return send(token, "POST", path, null, limit);
    }

    /**
     * A call of the API as the signed-in caller, with a JSON body or none, waiting up to {@code
     * limit}.
     */
    HttpResponse<String> send(String token, String method, String path, String json, Duration limit)
        throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              // a long call: HTTP/2 (upgraded from HTTP/1.1) would be ended as an idle connection
              .version(HttpClient.Version.HTTP_1_1)
              .timeout(limit)
              .header("Authorization", "Bearer " + token)
              .header("Accept-Language", "fr");
      if (json == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path folder() {
      return home.resolve(index == 0 ? "wildfly" : "wildfly-" + (index + 1));
    }

    private Path log() {
      return home.resolve(index == 0 ? "server.out" : "server-" + (index + 1) + ".out");
    }

    void start() throws IOException {
      Path folder = folder();
      Path deployments = folder.resolve("deployments");
      if (!Files.exists(deployments)) {
        copyTree(server.resolve("standalone/configuration"), folder.resolve("configuration"));
        Files.createDirectories(deployments);
        Files.copy(ear, deployments.resolve("accesinfo.ear"), StandardCopyOption.REPLACE_EXISTING);
      }
      ProcessBuilder builder =
          new ProcessBuilder(
                  server.resolve("bin/standalone.sh").toString(),
                  "-Djboss.server.base.dir=" + folder,
                  "-Djboss.http.port=" + HTTP_PORT,
                  "-Djboss.management.http.port=" + MANAGEMENT_PORT,
                  "-Djboss.socket.binding.port-offset=" + index * PORT_OFFSET,
                  "-Djboss.node.name=" + name(),
                  "-Djboss.tx.node.id=" + name())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      Map<String, String> env = builder.environment();
      env.put("POSTGRESQL_URL", JDBC);
      env.put("POSTGRESQL_USER", "postgres");
      env.put("POSTGRESQL_PASSWORD", "postgres");
      env.put("ACCESINFO_SMTP_HOST", "127.0.0.1");
      env.put("ACCESINFO_SMTP_PORT", String.valueOf(SMTP_PORT));
      env.put("ACCESINFO_DEMO_DATA", "true");
      env.put("ACCESINFO_DATA_KEYS", DATA_KEYS);
      env.put("ACCESINFO_JOB_EXECUTOR_WAIT_MS", "1000");
      env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
      env.put("JAVA_OPTS", "-Xms256m -Xmx1g -XX:GCTimeRatio=4 -Djava.net.preferIPv4Stack=true");
      env.putAll(settings);
      wildfly = builder.start();
    }

    void await(Duration limit) throws InterruptedException {
      long deadline = System.nanoTime() + limit.toNanos();
      while (System.nanoTime() < deadline) {
        if (!wildfly.isAlive()) {
          throw new IllegalStateException("WildFly stopped; see " + log());
        }
        try {
          HttpResponse<Void> answer =
              http.send(
                  HttpRequest.newBuilder(URI.create(base + "/api/v1/bodies")).build(),
                  HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // starting
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("WildFly did not answer within " + limit);
    }

    private void awaitDemoCitizens() throws Exception {
      long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (true) {
        try {
          signIn(CITIZENS.get(0));
          return;
        } catch (IOException notYet) {
          if (System.nanoTime() > deadline) {
            throw notYet;
          }
          Thread.sleep(1_000);
        }
      }
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no transaction finished. */
    void kill() throws InterruptedException {
      for (ProcessHandle java : jvms()) {
        java.destroyForcibly();
        java.onExit().join();
      }
      wildfly.waitFor();
    }

    void stop() throws InterruptedException {
      if (wildfly == null) {
        return;
      }
      for (ProcessHandle java : jvms()) {
        java.destroy();
        java.onExit().join();
      }
      wildfly.destroy();
      wildfly.waitFor();
    }

    /** The processor time the server's JVM has used since it started. */
    Duration processorTime() {
      return jvms().stream()
          .map(java -> java.info().totalCpuDuration().orElse(Duration.ZERO))
          .reduce(Duration.ZERO, Duration::plus);
    }

    private List<ProcessHandle> jvms() {
      return wildfly
          .descendants()
          .filter(
              p ->
                  p.info()
                      .commandLine()
                      .map(cmd -> cmd.contains("jboss-modules.jar"))
                      .orElse(false))
          .toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void clean(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(folder);
  }

  @Override
  public void close() throws Exception {
    try {
      for (Node node : nodes) {
        node.stop();
      }
    } finally {
      try {
        if (postgres != null) {
          postgres.close();
        }
      } finally {
        mail.stop();
      }
    }
  }
}
