package ma.accesinfo.perf;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast the server's timers fire when many are due at once, among many open cases: citizens file
 * {@code -Dcases=} requests (100,000) over HTTP, each with its running procedure and timers; then
 * the reply periods of {@code -Ddue=} of them (20,000) are made to end at the same instant (in the
 * engine's job table, as if that day had come), and each request must be marked overdue by its own
 * timer, which also queues the requester's notice. Measured: the timers fired per second, the
 * busiest second, and how late the last one fired. Measured once with the job executor's settings
 * as shipped, then again, on the next {@code due} requests, with those of {@code -Dtuned=} (a
 * comma-separated list of setting=value, environment names) after a restart; each measure follows a
 * warm-up of a tenth as many timers, so that both run on a server past its compilation.
 *
 * <p>E-mail is held (the outbox is not drained) so that only the timers are measured.
 *
 * <p>From the repository root, after a build: {@code mvn -B -Pbenchmarks -pl perf
 * exec:java@timers}.
 */
public final class TimerThroughput {

  private TimerThroughput() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    int cases = Integer.getInteger("cases", 100_000);
    int due = Integer.getInteger("due", 20_000);
    int clients = Integer.getInteger("clients", 16);
    Map<String, String> tuned = settings(System.getProperty("tuned", ""));
    StringBuilder report = new StringBuilder();
    try (LocalSystem system =
        LocalSystem.start(root, "timers", Map.of("ACCESINFO_MAIL_POLL_MS", "86400000"))) {
      long start = System.nanoTime();
      FilingLoad filing = new FilingLoad(system, clients);
      filing.start();
      while (filing.references.size() < cases) {
        Thread.sleep(1_000);
      }
      filing.stop();
      List<String> references = new ArrayList<>(filing.references);
      references.sort(null);
      report.append(
          String.format(
              Locale.ROOT,
              "%,d open cases filed over HTTP in %.0f s (%d failed calls)%n%n",
              references.size(),
              (System.nanoTime() - start) / 1e9,
              filing.failed.get()));
      report.append(
          "| job executor | timers due at once | fired/s | busiest second | last fired after s |"
              + " open timers |\n|---|---:|---:|---:|---:|---:|\n");
      int warmup = due / 10;
      measure(system, "warm-up", references.subList(0, warmup));
      report.append(measure(system, "as shipped", references.subList(warmup, warmup + due)));
      if (!tuned.isEmpty()) {
        system.restartServer(tuned);
        int from = warmup + due;
        measure(system, "warm-up", references.subList(from, from + warmup));
        report.append(
            measure(
                system, tuned.toString(), references.subList(from + warmup, from + warmup + due)));
      }
    }
    System.out.println();
    System.out.println(report);
  }

  private static String measure(LocalSystem system, String settings, List<String> chosen)
      throws Exception {
    try (Connection c = system.database()) {
      Array references = c.createArrayOf("varchar", chosen.toArray());
      long open =
          LocalSystem.count(c, "select count(*) from act_ru_job where type_ = 'timer'", null);
      LocalSystem.endReplyPeriods(c, references);
      long start = System.nanoTime();
      long fired = 0;
      long previous = 0;
      long busiest = 0;
      long lastChange = start;
      while (fired < chosen.size()
          && System.nanoTime() - lastChange < Duration.ofMinutes(2).toNanos()) {
        Thread.sleep(1_000);
        fired =
            LocalSystem.count(
                c,
                "select count(*) from information_request where overdue and reference = any(?)",
                references);
        busiest = Math.max(busiest, fired - previous);
        if (fired != previous) {
          lastChange = System.nanoTime();
        }
        previous = fired;
      }
      double seconds = (lastChange - start) / 1e9;
      if (fired < chosen.size()) {
        throw new IllegalStateException(
            fired + " of " + chosen.size() + " timers fired; the others did not within 2 minutes");
      }
      return String.format(
          Locale.ROOT,
          "| %s | %,d | %.0f | %d | %.1f | %,d |%n",
          settings,
          chosen.size(),
          chosen.size() / seconds,
          busiest,
          seconds,
          open);
    }
  }

  private static Map<String, String> settings(String list) {
    Map<String, String> settings = new java.util.TreeMap<>();
    for (String pair : list.split(",")) {
      if (!pair.isBlank()) {
        String[] kv = pair.split("=", 2);
        settings.put(kv[0].strip(), kv[1].strip());
      }
    }
    return settings;
  }
}
