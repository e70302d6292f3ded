package ma.accesinfo.perf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
public final class ResilienceCheck extends SystemCheck {

  private final int clients = Integer.getInteger("clients", 8);
  private final Duration load = Duration.ofSeconds(Long.getLong("seconds", 15));
  private final Duration outage = Duration.ofSeconds(Long.getLong("outage", 10));
  private final Duration mailWait = Duration.ofSeconds(Long.getLong("mail.wait", 420));

  private ResilienceCheck(LocalSystem system) {
    super(system);
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
    checkMail(system.mail(), mailWait);
    return finish();
  }

  // The disruptions

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

  /**
   * The restarted server's timers fire: the reply periods of ten acknowledged requests are made to
   * end now, and each request must be marked overdue by its timer within a minute.
   */
  private void checkTimersFire() throws Exception {
    List<String> chosen = acknowledged.stream().sorted().limit(10).toList();
    Expiry fired = expire(chosen, Duration.ofSeconds(60), c -> {});
    line(
        "timers after the restart: %d of %d reply periods made to end now were marked overdue"
            + " in %.1f s",
        fired.overdue(), chosen.size(), fired.seconds());
    if (fired.overdue() != chosen.size()) {
      failures.add("timers did not fire after the restart");
    }
  }
}
