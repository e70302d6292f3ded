package ma.accesinfo.perf;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

  private final int clients = Integer.getInteger("clients", 8);
  private final Duration load = Duration.ofSeconds(Long.getLong("seconds", 15));
  private final Duration outage = Duration.ofSeconds(Long.getLong("outage", 10));
  private final Duration mailWait = Duration.ofSeconds(Long.getLong("mail.wait", 420));
  private final List<String> failures = new ArrayList<>();
  private final StringBuilder report = new StringBuilder();

  private final LocalSystem system;

  private ResilienceCheck(LocalSystem system) {
    this.system = system;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    boolean passed;
    try (LocalSystem system = LocalSystem.start(root, "resilience")) {
      passed = new ResilienceCheck(system).run();
    }
    if (!passed) {
      throw new IllegalStateException("resilience checks failed; see above");
    }
  }

  private boolean run() throws Exception {
    killServerUnderLoad();
    restartDatabaseUnderLoad();
    checkMail(system.mail());
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

  /** Requests whose reply period was made to end: their timer has fired, as it should. */
  private final Set<String> expired = ConcurrentHashMap.newKeySet();

  private void killServerUnderLoad() throws Exception {
    FilingLoad filing = new FilingLoad(system, clients);
    filing.start();
    Thread.sleep(load.toMillis());
    long before = filing.acknowledged.get();
    long killedAt = System.nanoTime();
    system.killServer();
    system.startServer();
    system.awaitServer(Duration.ofMinutes(5));
    long upAt = System.nanoTime();
    double restart = (upAt - killedAt) / 1e9;
    double recovered = filing.awaitSuccessAfter(upAt);
    Thread.sleep(load.toMillis());
    filing.stop();
    acknowledged.addAll(filing.references);
    line(
        "kill -9 of WildFly during %d clients' filing: %d filings acknowledged before, %d in all;"
            + " the server answered again %.1f s after the kill and took filings %.1f s later;"
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
    FilingLoad filing = new FilingLoad(system, clients);
    filing.start();
    Thread.sleep(load.toMillis());
    long stoppedAt = System.nanoTime();
    system.stopDatabase();
    Thread.sleep(outage.toMillis());
    system.startDatabase();
    long back = System.nanoTime();
    double recovered = filing.awaitSuccessAfter(back);
    long failedBefore = filing.failed.get();
    Thread.sleep(load.toMillis());
    filing.stop();
    acknowledged.addAll(filing.references);
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
    try (Connection c = system.database()) {
      Array references = c.createArrayOf("varchar", acknowledged.toArray());
      Array waiting =
          c.createArrayOf(
              "varchar", acknowledged.stream().filter(r -> !expired.contains(r)).toArray());
      long stored =
          LocalSystem.count(
              c, "select count(*) from information_request where reference = any(?)", references);
      long running =
          LocalSystem.count(
              c,
              "select count(distinct e.business_key_) from act_ru_execution e"
                  + " where e.parent_id_ is null and e.business_key_ = any(?)",
              references);
      long timed =
          LocalSystem.count(
              c,
              "select count(distinct e.business_key_) from act_ru_execution e join act_ru_job j"
                  + " on j.process_instance_id_ = e.id_ join act_ru_jobdef d on d.id_ = j.job_def_id_"
                  + " where e.parent_id_ is null and j.type_ = 'timer'"
                  + " and d.act_id_ = 'replyPeriodEnded'"
                  + " and e.business_key_ = any(?)",
              waiting);
      line(
          "%s: %d filings acknowledged; %d stored, %d with their procedure running, %d of the %d"
              + " whose reply period runs with its timer",
          when, acknowledged.size(), stored, running, timed, acknowledged.size() - expired.size());
      if (stored != acknowledged.size()
          || running != acknowledged.size()
          || timed != acknowledged.size() - expired.size()) {
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
    expired.addAll(chosen);
    try (Connection c = system.database()) {
      Array references = c.createArrayOf("varchar", chosen.toArray());
      LocalSystem.endReplyPeriods(c, references);
      long start = System.nanoTime();
      long overdue = 0;
      while (System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
        overdue =
            LocalSystem.count(
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
    try (Connection c = system.database()) {
      while (System.nanoTime() - start < mailWait.toNanos()) {
        pending =
            LocalSystem.count(
                c, "select count(*) from outbox_message where status <> 'SENT'", null);
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

  private void line(String format, Object... args) {
    String text = String.format(java.util.Locale.ROOT, format, args);
    System.out.println(text);
    report.append("- ").append(text).append('\n');
  }
}
