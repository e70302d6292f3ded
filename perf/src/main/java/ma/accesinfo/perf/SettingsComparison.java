package ma.accesinfo.perf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole system under the settings as shipped and under other settings ({@code -Dversus=}, a
 * comma-separated list of setting=value, environment names), measured in turns on one database,
 * {@code -Drounds=} times (2 by default; the other settings first in odd rounds, the shipped ones
 * first in even rounds), the server restarted before each measure: citizens filing over HTTP at
 * {@code -Dclients=} (32) for {@code -Dseconds=} (45) after a warm-up of {@code -Dwarmup=} seconds
 * (45: a restarted server compiles its hot code meanwhile), then the reply periods of {@code
 * -Ddue=} (2,000) of the requests just filed made to end at once, each request to be marked overdue
 * by its own timer (as {@link TimerThroughput} does, on the procedures each setting made). E-mail
 * is held in the outbox, as for the timers.
 *
 * <p>From the repository root, after a build: {@code mvn -B -Pbenchmarks -pl perf
 * exec:java@settings -Dversus=ACCESINFO_ENGINE_HISTORY=audit}.
 */
public final class SettingsComparison {

  private SettingsComparison() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Map<String, String> versus = TimerThroughput.settings(System.getProperty("versus", ""));
    if (versus.isEmpty()) {
      throw new IllegalArgumentException("-Dversus= names the settings to compare");
    }
    Map<String, String> shipped = new LinkedHashMap<>();
    versus.keySet().forEach(key -> shipped.put(key, ""));
    int rounds = Integer.getInteger("rounds", 2);
    int clients = Integer.getInteger("clients", 32);
    Duration each = Duration.ofSeconds(Long.getLong("seconds", 45));
    Duration warmup = Duration.ofSeconds(Long.getLong("warmup", 45));
    int due = Integer.getInteger("due", 2_000);
    StringBuilder filing =
        new StringBuilder(
            "| settings | clients | filings/s | p50 ms | p95 ms | p99 ms | max ms | failed |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    StringBuilder timers =
        new StringBuilder(
            "| settings | timers due at once | fired/s | busiest second | last fired after s |"
                + " open timers | processor ms a timer | of it the server's | stolen % |"
                + " seconds vacuuming |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    try (LocalSystem system =
        LocalSystem.start(root, "settings", Map.of("ACCESINFO_MAIL_POLL_MS", "86400000"))) {
      for (int round = 1; round <= rounds; round++) {
        // Each in turn first, so that neither always measures on the fuller database
        for (Map<String, String> settings :
            round % 2 == 1 ? List.of(versus, shipped) : List.of(shipped, versus)) {
          String label =
              (settings == shipped ? "as shipped" : versus.toString())
                  + (rounds > 1 ? " (round " + round + ")" : "");
          system.restartServer(settings);
          load(system, clients, warmup);
          FilingLoad measured = load(system, clients, each);
          Latencies times = measured.latencies();
          filing.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d |%n",
                  label,
                  clients,
                  measured.acknowledged.get() / (double) each.toSeconds(),
                  times.percentile(50),
                  times.percentile(95),
                  times.percentile(99),
                  times.max(),
                  measured.failed.get()));
          List<String> filed = new ArrayList<>(measured.references);
          if (filed.size() < due + due / 10) {
            throw new IllegalStateException(
                "only " + filed.size() + " requests filed for " + due + " timers");
          }
          TimerThroughput.measure(system, "warm-up", filed.subList(0, due / 10));
          timers.append(
              TimerThroughput.measure(system, label, filed.subList(due / 10, due / 10 + due)));
          System.out.print(filing);
          System.out.print(timers);
        }
      }
    }
    System.out.println();
    System.out.println(filing);
    System.out.println(timers);
  }

  private static FilingLoad load(LocalSystem system, int clients, Duration time)
      throws InterruptedException {
    FilingLoad load = new FilingLoad(system, clients);
    load.start();
    Thread.sleep(time.toMillis());
    load.stop();
    return load;
  }
}
