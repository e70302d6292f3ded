package ma.accesinfo.perf;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two WildFly nodes sharing one PostgreSQL and one SMTP server, as docs/cluster.md sets them up,
 * checked for what a citizen and an auditor would notice: both start together on an empty database,
 * both take filings, every filing acknowledged by either is stored with its procedure and timer,
 * the due timers are shared between the nodes and each fires exactly once, a node killed while
 * timers fire leaves its share to the other (each still fires once), the night's work scheduled on
 * both is done by one, and every message is delivered once.
 *
 * <p>From the repository root, after a build: {@code mvn -B -Pbenchmarks -pl perf
 * exec:java@cluster}. Settings: {@code -Dclients=} (8, spread over the two nodes), {@code
 * -Dseconds=} (40, the filing load), {@code -Ddue=} (1000, timers made due at once in each of the
 * two rounds, at most half the filings), {@code -Dlock.ms=} (20000: how long jobs and messages a
 * node took stay its own, the nodes' {@code ACCESINFO_JOB_EXECUTOR_LOCK_MS} and {@code
 * ACCESINFO_MAIL_LEASE_MS}), {@code -Dmail.wait=} (600, the longest wait for the outbox to drain).
 */
public final class ClusterCheck extends SystemCheck {

  private final int clients = Integer.getInteger("clients", 8);
  private final Duration load = Duration.ofSeconds(Long.getLong("seconds", 40));
  private final int due = Integer.getInteger("due", 1_000);
  private final Duration mailWait = Duration.ofSeconds(Long.getLong("mail.wait", 600));

  private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
  private static final Duration NIGHTLY_AFTER = Duration.ofSeconds(120);
  private static final List<String> NIGHTLY_TASKS = List.of("retention", "audit-chain-check");

  private final LocalTime nightly;

  private ClusterCheck(LocalSystem system, LocalTime nightly) {
    super(system);
    this.nightly = nightly;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    String lock = String.valueOf(Long.getLong("lock.ms", 20_000));
    boolean passed;
    long start = System.nanoTime();
    // The night's work (retention, the audit chain's check) set to come while both nodes run
    LocalTime nightly = LocalTime.now(CASABLANCA).plus(NIGHTLY_AFTER).withNano(0);
    try (LocalSystem system =
        LocalSystem.start(
            root,
            "cluster",
            // the engine's own history is where each timer's firings are counted
            Map.of(
                "ACCESINFO_JOB_EXECUTOR_LOCK_MS",
                lock,
                "ACCESINFO_MAIL_LEASE_MS",
                lock,
                "ACCESINFO_ENGINE_HISTORY",
                "audit",
                "ACCESINFO_RETENTION_AT",
                nightly.toString(),
                "ACCESINFO_AUDIT_CHECK_AT",
                nightly.toString()),
            2)) {
      ClusterCheck check = new ClusterCheck(system, nightly);
      check.line(
          "two nodes started at the same moment on an empty database: both took sign-ins %.1f s"
              + " later",
          (System.nanoTime() - start) / 1e9);
      passed = check.run();
    }
    if (!passed) {
      throw new IllegalStateException("cluster checks failed; see above");
    }
  }

  private boolean run() throws Exception {
    fileOnBothNodes();
    timersShared();
    headsToldOnce();
    nightlyWorkOnce();
    nodeDiesWhileTimersFire();
    checkMail(system.mail(), mailWait);
    return finish();
  }

  private void fileOnBothNodes() throws Exception {
    // A session is the database's, not a node's: signed in on one, filing on the other
    String token = system.node(0).signIn(LocalSystem.CITIZENS.get(0));
    java.net.http.HttpResponse<String> other = system.node(1).file(token, 0);
    line(
        "signed in on %s, filed on %s with that session: %d",
        system.node(0).name(), system.node(1).name(), other.statusCode());
    if (other.statusCode() == 201) {
      String reference = LocalSystem.reference(other);
      acknowledged.add(reference);
      // A browser signed in on one node's pages goes on with the other when the first fails
      java.net.http.HttpResponse<String> page = system.node(1).page(token, "/my-requests.xhtml");
      boolean shown = page.statusCode() == 200 && page.body().contains(reference);
      line(
          "the pages of %s with the sign-in cookie of a session opened on %s: %d, %s",
          system.node(1).name(),
          system.node(0).name(),
          page.statusCode(),
          shown ? "the citizen's request shown" : "the request not shown");
      if (!shown) {
        failures.add("a browser signed in on one node was not signed in on the other's pages");
      }
    } else {
      failures.add("a session of one node was refused by the other: " + other.statusCode());
    }
    FilingLoad filing = new FilingLoad(system.nodes(), clients);
    filing.start();
    Thread.sleep(load.toMillis());
    filing.stop();
    acknowledged.addAll(filing.references);
    line(
        "%d clients filing for %d s, spread over the two nodes: %d filings acknowledged (%s),"
            + " %d calls failed (%s)",
        clients,
        load.toSeconds(),
        filing.acknowledged.get(),
        new TreeMap<>(filing.byNode),
        filing.failed.get(),
        filing.failures);
    if (filing.byNode.size() != 2 || filing.failed.get() > 0) {
      failures.add("the two nodes did not both take every filing they were given");
    }
    checkStored("after filing on two nodes");
  }

  /** The two nodes share a batch of timers due at once; each fires once. */
  private void timersShared() throws Exception {
    List<String> chosen = unexpired();
    Map<String, Long> held = new TreeMap<>();
    Expiry fired = expire(chosen, Duration.ofMinutes(3), c -> sampleLockOwners(c, held));
    line(
        "%d reply periods made to end at once: %d marked overdue in %.1f s; jobs seen held by each"
            + " node while they fired (sampled every 200 ms): %s",
        chosen.size(), fired.overdue(), fired.seconds(), held);
    if (held.size() != 2) {
      failures.add("the due timers were not shared by the two nodes: " + held);
    }
    checkFiredOnce("timers fired by two nodes", chosen);
  }

  /**
   * A node is killed while a batch of timers fires: the other fires the rest, including those the
   * dead node had taken but not finished (once their lock ends), each once.
   */
  private void nodeDiesWhileTimersFire() throws Exception {
    List<String> chosen = unexpired();
    Map<String, Long> held = new TreeMap<>();
    AtomicBoolean killed = new AtomicBoolean();
    long[] overdueAtKill = new long[1];
    Expiry fired =
        expire(
            chosen,
            Duration.ofMinutes(5),
            c -> {
              sampleLockOwners(c, held);
              if (!killed.get() && held.containsKey(system.node(0).name())) {
                system.node(0).kill();
                killed.set(true);
                overdueAtKill[0] = overdueAmong(c, c.createArrayOf("varchar", chosen.toArray()));
              }
            });
    line(
        "%d reply periods made to end at once, %s killed (kill -9) while they fired, %d of them"
            + " marked overdue then: %d marked overdue in all after %.1f s; jobs seen held: %s",
        chosen.size(),
        system.node(0).name(),
        overdueAtKill[0],
        fired.overdue(),
        fired.seconds(),
        held);
    if (!killed.get()) {
      failures.add("the first node took no timer before it could be killed");
    }
    checkFiredOnce("timers after a node died", chosen);
  }

  /**
   * Both nodes queue the morning's lists at the same instant, as at 7:00: the lists the two answers
   * say they queued are all the lists in the outbox (neither node queued what the other did), and
   * no open request of a body with a head is left to tell.
   */
  private void headsToldOnce() throws Exception {
    String lists = "select count(*) from outbox_message where dedupe_key like 'head-digest:%'";
    long before;
    try (Connection c = system.database()) {
      before = LocalSystem.count(c, lists, null);
    }
    // one sign-in (a second-factor code is good once), used on both: sessions are the database's
    String token = system.node(0).signInStaff("admin@demo.accesinfo.ma");
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> calls =
        new java.util.ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int node = i;
      calls.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                  return system
                      .node(node)
                      .send(token, "POST", "/api/v1/digests", null, Duration.ofMinutes(5));
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    go.countDown();
    List<java.net.http.HttpResponse<String>> answers =
        calls.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    long said = 0;
    for (java.net.http.HttpResponse<String> answer : answers) {
      java.util.regex.Matcher heads =
          java.util.regex.Pattern.compile("\"heads\"\\s*:\\s*(\\d+)").matcher(answer.body());
      said += answer.statusCode() == 202 && heads.find() ? Long.parseLong(heads.group(1)) : -1_000;
    }
    try (Connection c = system.database()) {
      long queued = LocalSystem.count(c, lists, null) - before;
      long left =
          LocalSystem.count(
              c,
              "select count(*) from information_request r where head_to_tell and status not in"
                  + " ('ANSWERED', 'FORWARDED', 'WITHDRAWN') and exists (select 1 from"
                  + " account_role h where h.role = 'HEAD' and h.body_id = r.body_id)",
              null);
      line(
          "the morning's lists queued on both nodes at once (%s): the two answers say %d lists,"
              + " %d queued; %d requests of bodies with a head left to tell",
          answers.stream().map(r -> r.statusCode() + " " + r.body()).toList(), said, queued, left);
      if (said != queued || queued == 0 || left != 0) {
        failures.add("the heads' morning lists were not queued once, by one node");
      }
    }
  }

  /**
   * The night's work, scheduled at the same time on both nodes, is done once: the retention period
   * applied by one node (one run on record), the audit chain checked by one (one outcome in the
   * trail), each night's task claimed once.
   */
  private void nightlyWorkOnce() throws Exception {
    long wait = Duration.between(LocalTime.now(CASABLANCA), nightly).toMillis();
    String runs = "select count(*) from retention_run where started_by is null";
    String checks =
        "select count(*) from audit_entry where action = 'AuditChainChecking.check'"
            + " and actor is null and outcome = 'DONE'";
    long deadline = System.currentTimeMillis() + Math.max(wait, 0) + 120_000;
    long retentionRuns;
    long chainChecks;
    try (Connection c = system.database()) {
      do {
        Thread.sleep(1_000);
        retentionRuns = LocalSystem.count(c, runs, null);
        chainChecks = LocalSystem.count(c, checks, null);
      } while ((retentionRuns == 0 || chainChecks == 0) && System.currentTimeMillis() < deadline);
      // Time for a second node's run, were it to do the work too
      Thread.sleep(10_000);
      retentionRuns = LocalSystem.count(c, runs, null);
      chainChecks = LocalSystem.count(c, checks, null);
      Map<String, String> claims = new TreeMap<>();
      try (PreparedStatement s = c.prepareStatement("select task, claimed_by from nightly_claim");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          claims.put(rs.getString(1), rs.getString(2));
        }
      }
      line(
          "the night's work at %s on both nodes: %d retention run(s) on record, %d check(s) of the"
              + " audit chain in the trail; claimed by %s",
          nightly, retentionRuns, chainChecks, claims);
      if (retentionRuns != 1 || chainChecks != 1) {
        // none: the nodes started after that time (scheduled for the next day) or did not run it
        failures.add("the night's work was not done exactly once by the two nodes");
      }
      if (!claims.keySet().containsAll(NIGHTLY_TASKS)) {
        failures.add("the night's tasks were not each claimed by one node: " + claims);
      }
    }
  }

  /** Requests whose reply period still runs: {@code due} of them, at most half of the filings. */
  private List<String> unexpired() {
    int n = Math.min(due, acknowledged.size() / 2);
    return acknowledged.stream().filter(r -> !expired.contains(r)).sorted().limit(n).toList();
  }

  /** Adds the jobs each node holds now (the job executor's lock owner starts with its name). */
  private static void sampleLockOwners(Connection c, Map<String, Long> held) throws Exception {
    try (PreparedStatement s =
            c.prepareStatement(
                "select split_part(lock_owner_, '/', 1), count(*) from act_ru_job"
                    + " where lock_owner_ is not null group by 1");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        held.merge(rs.getString(1), rs.getLong(2), Long::sum);
      }
    }
  }
}
