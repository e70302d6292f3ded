package ma.accesinfo.perf;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The system under a filing load, disrupted: the application server killed with {@code kill -9} and
 * started again, then PostgreSQL stopped for a while and started again. Runs the provisioned
 * WildFly with the built EAR on a PostgreSQL of its own, with a real SMTP server (GreenMail)
 * counting every message, and checks what a citizen and an auditor would: every filing the server
 * acknowledged (201) is stored with its procedure and its timers, the timers still fire after the
 * restart, no e-mail is delivered twice, every receipt is delivered, and the server takes filings
 * again by itself once the database is back.
 *
 * <p>From the repository root, after a build: {@code mvn -B -q -Pbenchmarks -pl perf
 * exec:java@resilience} (perf/resilience.sh). Settings: {@code -Dclients=} (8), {@code -Dseconds=}
 * (15, the load before and after each disruption), {@code -Doutage=} (10, seconds without the
 * database), {@code -Dmail.wait=} (420, the longest wait for the outbox to drain: a message being
 * sent when the server died is tried again when its five-minute lease ends).
 */
public final class ResilienceCheck {

  private static final int HTTP_PORT = 8190;
  private static final int MANAGEMENT_PORT = 10190;
  private static final int DB_PORT = 35432;
  private static final int SMTP_PORT = 3125;
  private static final String BASE = "http://127.0.0.1:" + HTTP_PORT;
  private static final String JDBC = "jdbc:postgresql://127.0.0.1:" + DB_PORT + "/accesinfo";
  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final List<String> CITIZENS =
      List.of("amina@demo.accesinfo.ma", "youssef@demo.accesinfo.ma");

  private final Path home;
  private final Path server;
  private final Path ear;
  private final int clients = Integer.getInteger("clients", 8);
  private final Duration load = Duration.ofSeconds(Long.getLong("seconds", 15));
  private final Duration outage = Duration.ofSeconds(Long.getLong("outage", 10));
  private final Duration mailWait = Duration.ofSeconds(Long.getLong("mail.wait", 420));
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<String> failures = new ArrayList<>();
  private final StringBuilder report = new StringBuilder();

  private EmbeddedPostgres postgres;
  private Process wildfly;

  private ResilienceCheck(Path home, Path server, Path ear) {
    this.home = home;
    this.server = server;
    this.ear = ear;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    ResilienceCheck check =
        new ResilienceCheck(
            root.resolve("perf/target/resilience"),
            root.resolve("ear/target/server"),
            root.resolve("ear/target/accesinfo.ear"));
    if (!check.run()) {
      throw new IllegalStateException("resilience checks failed; see above");
    }
  }

  private boolean run() throws Exception {
    clean(home);
    GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    mail.start();
    try {
      startDatabase();
      startServer();
      awaitServer(Duration.ofMinutes(5));
      awaitDemoCitizens();
      killServerUnderLoad();
      restartDatabaseUnderLoad();
      checkMail(mail);
    } finally {
      stopServer();
      if (postgres != null) {
        postgres.close();
      }
      mail.stop();
    }
    System.out.println();
    System.out.println(report);
    if (failures.isEmpty()) {
      System.out.println("All checks passed.");
      return true;
    }
    failures.forEach(f -> System.out.println("FAILED: " + f));
    return false;
  }

  // The disruptions

  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  private void killServerUnderLoad() throws Exception {
    Load filing = new Load();
    filing.start();
    Thread.sleep(load.toMillis());
    long before = filing.acknowledged.get();
    long killedAt = System.nanoTime();
    killServer();
    startServer();
    awaitServer(Duration.ofMinutes(5));
    double restart = (System.nanoTime() - killedAt) / 1e9;
    double recovered = filing.awaitSuccessAfter(killedAt);
    Thread.sleep(load.toMillis());
    filing.stop();
    line(
        "kill -9 of WildFly during %d clients' filing: %d filings acknowledged before, %d in all;"
            + " the server answered again %.1f s after the kill and took filings %.1f s after it;"
            + " %d calls failed meanwhile (%s)",
        clients,
        before,
        filing.acknowledged.get(),
        restart,
        recovered,
        filing.failed.get(),
        filing.failures);
    checkStored("after kill -9");
    checkTimersFire();
  }

  private void restartDatabaseUnderLoad() throws Exception {
    Load filing = new Load();
    filing.start();
    Thread.sleep(load.toMillis());
    long stoppedAt = System.nanoTime();
    postgres.close();
    Thread.sleep(outage.toMillis());
    startDatabase();
    long back = System.nanoTime();
    double recovered = filing.awaitSuccessAfter(back);
    long failedBefore = filing.failed.get();
    Thread.sleep(load.toMillis());
    filing.stop();
    long failedAfterRecovery = filing.failed.get() - failedBefore;
    line(
        "PostgreSQL stopped for %d s during %d clients' filing: %d filings acknowledged in all;"
            + " the server took filings again %.1f s after the database was back by itself;"
            + " %d calls failed during the outage (%s), %d in the %d s after recovery",
        outage.toSeconds(),
        clients,
        filing.acknowledged.get(),
        recovered,
        failedBefore,
        filing.failures,
        failedAfterRecovery,
        load.toSeconds());
    if (failedAfterRecovery > 0) {
      failures.add(failedAfterRecovery + " filings failed after the database was back");
    }
    if ((back - stoppedAt) / 1e9 < outage.toSeconds()) {
      failures.add("the outage was shorter than asked");
    }
    checkStored("after the database restart");
  }

  // What must hold

  /** Every acknowledged filing is stored, with its procedure running and its reply-period timer. */
  private void checkStored(String when) throws SQLException {
    try (Connection c = DriverManager.getConnection(JDBC, "postgres", "postgres")) {
      Array references = c.createArrayOf("varchar", acknowledged.toArray());
      long stored =
          count(c, "select count(*) from information_request where reference = any(?)", references);
      long running =
          count(
              c,
              "select count(distinct e.business_key_) from act_ru_execution e"
                  + " where e.parent_id_ is null and e.business_key_ = any(?)",
              references);
      long timed =
          count(
              c,
              "select count(distinct e.business_key_) from act_ru_execution e join act_ru_job j"
                  + " on j.process_instance_id_ = e.id_ where e.parent_id_ is null"
                  + " and j.type_ = 'timer' and j.act_id_ = 'replyPeriodEnded'"
                  + " and e.business_key_ = any(?)",
              references);
      line(
          "%s: %d filings acknowledged; %d stored, %d with their procedure running, %d with their"
              + " reply-period timer",
          when, acknowledged.size(), stored, running, timed);
      if (stored != acknowledged.size()
          || running != acknowledged.size()
          || timed != acknowledged.size()) {
        failures.add(when + ": acknowledged filings are missing");
      }
    }
  }

  /**
   * The restarted server's timers fire: the reply periods of ten acknowledged requests are made to
   * end now, and each request must be marked overdue by its timer within a minute.
   */
  private void checkTimersFire() throws Exception {
    List<String> chosen = acknowledged.stream().sorted().limit(10).toList();
    try (Connection c = DriverManager.getConnection(JDBC, "postgres", "postgres")) {
      Array references = c.createArrayOf("varchar", chosen.toArray());
      try (PreparedStatement due =
          c.prepareStatement(
              "update act_ru_job j set duedate_ = now() - interval '1 second'"
                  + " from act_ru_execution e where j.process_instance_id_ = e.id_"
                  + " and e.parent_id_ is null and j.act_id_ = 'replyPeriodEnded'"
                  + " and e.business_key_ = any(?)")) {
        due.setArray(1, references);
        due.executeUpdate();
      }
      long start = System.nanoTime();
      long overdue = 0;
      while (System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
        overdue =
            count(
                c,
                "select count(*) from information_request where overdue and reference = any(?)",
                references);
        if (overdue == chosen.size()) {
          break;
        }
        Thread.sleep(500);
      }
      line(
          "timers after the restart: %d of %d reply periods made to end now were marked overdue"
              + " in %.1f s",
          overdue, chosen.size(), (System.nanoTime() - start) / 1e9);
      if (overdue != chosen.size()) {
        failures.add("timers did not fire after the restart");
      }
    }
  }

  /**
   * Every receipt is delivered once: waits for the outbox to drain, then counts the messages the
   * SMTP server received by their stable key.
   */
  private void checkMail(GreenMail mail) throws Exception {
    long start = System.nanoTime();
    long pending = -1;
    try (Connection c = DriverManager.getConnection(JDBC, "postgres", "postgres")) {
      while (System.nanoTime() - start < mailWait.toNanos()) {
        pending = count(c, "select count(*) from outbox_message where status <> 'SENT'", null);
        if (pending == 0) {
          break;
        }
        Thread.sleep(2_000);
      }
    }
    Map<String, Integer> delivered = new HashMap<>();
    for (MimeMessage m : mail.getReceivedMessages()) {
      delivered.merge(key(m), 1, Integer::sum);
    }
    long twice = delivered.values().stream().filter(n -> n > 1).count();
    long receipts =
        acknowledged.stream().filter(r -> delivered.containsKey("receipt:" + r)).count();
    line(
        "e-mail: %d messages received by the SMTP server, %d of them more than once; receipts of"
            + " %d of the %d acknowledged filings; %d messages left in the outbox after %.0f s",
        delivered.values().stream().mapToInt(Integer::intValue).sum(),
        twice,
        receipts,
        acknowledged.size(),
        pending,
        (System.nanoTime() - start) / 1e9);
    if (twice > 0) {
      failures.add(twice + " messages delivered more than once");
    }
    if (receipts != acknowledged.size()) {
      failures.add("receipts missing: " + (acknowledged.size() - receipts));
    }
  }

  private static String key(MimeMessage message) {
    try {
      String[] key = message.getHeader("X-Accesinfo-Message");
      return key == null ? message.getMessageID() : key[0];
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(Connection c, String sql, Array references) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (references != null) {
        s.setArray(1, references);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  // The load: citizens filing as fast as the server answers, going on through the disruption

  private final class Load {
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicLong acknowledged = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong lastSuccess = new AtomicLong();
    final Map<String, Integer> failures = new ConcurrentHashMap<>();
    final List<Thread> threads = new ArrayList<>();

    void start() {
      for (int i = 0; i < clients; i++) {
        String citizen = CITIZENS.get(i % CITIZENS.size());
        Thread t = new Thread(() -> file(citizen), "citizen-" + (i + 1));
        t.start();
        threads.add(t);
      }
    }

    void stop() throws InterruptedException {
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }
    }

    /** Seconds from the instant to the first filing acknowledged after it. */
    double awaitSuccessAfter(long instant) throws InterruptedException {
      while (lastSuccess.get() < instant) {
        Thread.sleep(50);
      }
      return (lastSuccess.get() - instant) / 1e9;
    }

    private void file(String citizen) {
      String token = null;
      long n = 0;
      while (running.get()) {
        try {
          if (token == null) {
            token = signIn(citizen);
          }
          HttpResponse<String> answer =
              http.send(
                  HttpRequest.newBuilder(URI.create(BASE + "/api/v1/requests"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer " + token)
                      .POST(HttpRequest.BodyPublishers.ofString(request(++n)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 201) {
            Matcher m = REFERENCE.matcher(answer.body());
            if (!m.find()) {
              throw new IllegalStateException("no reference in " + answer.body());
            }
            ResilienceCheck.this.acknowledged.add(m.group(1));
            acknowledged.incrementAndGet();
            lastSuccess.set(System.nanoTime());
            continue;
          }
          if (answer.statusCode() == 401) {
            token = null;
          }
          failed("HTTP " + answer.statusCode());
        } catch (IOException e) {
          failed("no answer");
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    private void failed(String kind) throws InterruptedException {
      failed.incrementAndGet();
      failures.merge(kind, 1, Integer::sum);
      Thread.sleep(200);
    }
  }

  private String signIn(String email) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + "/api/v1/sessions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"Demo-31-13!\"}"))
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

  // The parts: PostgreSQL, WildFly

  private void startDatabase() throws IOException, SQLException {
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

  private void startServer() throws IOException {
    Path base = home.resolve("wildfly");
    Path deployments = base.resolve("deployments");
    if (!Files.exists(deployments)) {
      copyTree(server.resolve("standalone/configuration"), base.resolve("configuration"));
      Files.createDirectories(deployments);
      Files.copy(ear, deployments.resolve("accesinfo.ear"), StandardCopyOption.REPLACE_EXISTING);
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + HTTP_PORT,
                "-Djboss.management.http.port=" + MANAGEMENT_PORT)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.out").toFile()));
    Map<String, String> env = builder.environment();
    env.put("POSTGRESQL_URL", JDBC);
    env.put("POSTGRESQL_USER", "postgres");
    env.put("POSTGRESQL_PASSWORD", "postgres");
    env.put("ACCESINFO_SMTP_HOST", "127.0.0.1");
    env.put("ACCESINFO_SMTP_PORT", String.valueOf(SMTP_PORT));
    env.put("ACCESINFO_DEMO_DATA", "true");
    env.put("ACCESINFO_DATA_KEYS", "check1:" + Base64.getEncoder().encodeToString(new byte[32]));
    env.put("ACCESINFO_JOB_EXECUTOR_WAIT_MS", "1000");
    env.put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
    env.put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true");
    wildfly = builder.start();
  }

  private void awaitServer(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!wildfly.isAlive()) {
        throw new IllegalStateException("WildFly stopped; see " + home.resolve("server.out"));
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/v1/bodies")).build(),
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
  private void killServer() throws InterruptedException {
    for (ProcessHandle java : serverJvms()) {
      java.destroyForcibly();
      java.onExit().join();
    }
    wildfly.waitFor();
  }

  private void stopServer() throws InterruptedException {
    if (wildfly == null) {
      return;
    }
    for (ProcessHandle java : serverJvms()) {
      java.destroy();
      java.onExit().join();
    }
    wildfly.destroy();
    wildfly.waitFor();
  }

  private List<ProcessHandle> serverJvms() {
    return wildfly
        .descendants()
        .filter(
            p -> p.info().commandLine().map(cmd -> cmd.contains("jboss-modules.jar")).orElse(false))
        .toList();
  }

  private void line(String format, Object... args) {
    String text = String.format(java.util.Locale.ROOT, format, args);
    System.out.println(text);
    report.append("- ").append(text).append('\n');
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
}
