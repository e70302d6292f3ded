package ma.accesinfo.perf;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast the server's timers fire when many are due at once, among many open cases: a citizen
 * files one request over HTTP, then {@code -Drequests=} requests (1,000,000, a tenth of them open:
 * {@link RequestGenerator}) are generated in the database and each open one is given its running
 * procedure and timers as copies of the filed one's ({@link ProcedureGenerator}); then the reply
 * periods of {@code -Ddue=} of them (20,000) are made to end at the same instant (in the engine's
 * job table, as if that day had come), and each request must be marked overdue by its own timer,
 * which also queues the requester's notice and the alert to the body's head. Measured: the timers
 * fired per second, the busiest second, and how late the last one fired. Measured with the job
 * executor's settings as shipped; with {@code -Dbaseline=} (the path of an EAR built from another
 * commit) that build is measured first on the same data, the server restarted with it, so that two
 * versions of the code are compared in one run ({@code -Drounds=} times in turn, as each measure
 * leaves more history behind for the next); then, with {@code -Dtuned=} (a comma-separated list of
 * setting=value, environment names), again after a restart with those settings. Each measure is on
 * the next {@code due} requests and follows a warm-up of a tenth as many timers, so that each runs
 * on a server past its compilation.
 *
 * <p>E-mail is held (the outbox is not drained) so that only the timers are measured.
 *
 * <p>From the repository root, after a build: {@code mvn -B -Pbenchmarks -pl perf
 * exec:java@timers}.
 */
public final class TimerThroughput {

  /** A head whose password the heads of the generated bodies are given (one head a body). */
  private static final String HEAD = "head.finances@demo.accesinfo.ma";

  private TimerThroughput() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    int requests = Integer.getInteger("requests", 1_000_000);
    int due = Integer.getInteger("due", 20_000);
    Map<String, String> tuned = settings(System.getProperty("tuned", ""));
    String baseline = System.getProperty("baseline");
    int rounds = Integer.getInteger("rounds", 1);
    StringBuilder report = new StringBuilder();
    try (LocalSystem system =
        LocalSystem.start(root, "timers", Map.of("ACCESINFO_MAIL_POLL_MS", "86400000"))) {
      HttpResponse<String> template = system.file(system.signIn(LocalSystem.CITIZENS.get(0)), 0);
      if (template.statusCode() != 201) {
        throw new IllegalStateException("filing the template answered " + template.statusCode());
      }
      long start = System.nanoTime();
      int year = LocalDate.now().getYear();
      RequestGenerator.requests(system.dataSource(), year, requests, 0);
      double loaded = (System.nanoTime() - start) / 1e9;
      try (Connection c = system.database();
          PreparedStatement accounts =
              c.prepareStatement(
                  "insert into account (email, password_hash, first_name, last_name,"
                      + " preferred_language, created_at) select 'chef.' || lower(b.code) ||"
                      + " '@example.ma', h.password_hash, 'Chef', b.code, 'fr', now() from body b,"
                      + " account h where h.email = ? and b.code ~ '^B[0-9]+$'");
          PreparedStatement roles =
              c.prepareStatement(
                  "insert into account_role (account_id, role, body_id) select a.id, 'HEAD', b.id"
                      + " from account a join body b on a.email = 'chef.' || lower(b.code) ||"
                      + " '@example.ma'")) {
        accounts.setString(1, HEAD);
        accounts.executeUpdate();
        roles.executeUpdate();
      }
      start = System.nanoTime();
      int procedures =
          ProcedureGenerator.procedures(system.dataSource(), LocalSystem.reference(template));
      double started = (System.nanoTime() - start) / 1e9;
      List<String> references = new ArrayList<>();
      try (Connection c = system.database();
          PreparedStatement s =
              c.prepareStatement(
                  "select reference from information_request where reference like ? and"
                      + " process_instance_id is not null order by reference")) {
        s.setString(1, "DI-" + year + "-_______");
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            references.add(rs.getString(1));
          }
        }
      }
      report.append(
          String.format(
              Locale.ROOT,
              "%,d requests generated in %.0f s; their %,d open cases given their procedures and"
                  + " timers (copies of one filed over HTTP) in %.0f s%n%n",
              requests,
              loaded,
              procedures,
              started));
      report.append(
          "| job executor | timers due at once | fired/s | busiest second | last fired after s |"
              + " open timers |\n|---|---:|---:|---:|---:|---:|\n");
      int warmup = due / 10;
      int from = 0;
      for (int round = 1; round <= rounds; round++) {
        String suffix = rounds > 1 ? " (round " + round + ")" : "";
        if (baseline != null) {
          system.redeploy(Path.of(baseline));
          measure(system, "warm-up", references.subList(from, from + warmup));
          report.append(
              measure(
                  system,
                  "as shipped, the baseline build" + suffix,
                  references.subList(from + warmup, from + warmup + due)));
          from += warmup + due;
          system.redeploy(null);
        }
        measure(system, "warm-up", references.subList(from, from + warmup));
        report.append(
            measure(
                system,
                (baseline == null ? "as shipped" : "as shipped, this build") + suffix,
                references.subList(from + warmup, from + warmup + due)));
        from += warmup + due;
      }
      if (!tuned.isEmpty()) {
        system.restartServer(tuned);
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
