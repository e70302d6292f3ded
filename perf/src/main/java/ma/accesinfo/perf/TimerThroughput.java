package ma.accesinfo.perf;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
 * which also queues the requester's notice. Measured: the timers fired per second, the busiest
 * second, and how late the last one fired; then how long the next morning's lists take, each head
 * of a body told of all the body's requests now overdue in one message. Measured with the job
 * executor's settings as shipped; with {@code -Dbaseline=} (the path of an EAR built from another
 * commit) that build is measured first on the same data, the server restarted with it, so that two
 * versions of the code are compared in one run ({@code -Drounds=} times in turn, as each measure
 * leaves more history behind for the next). Each build's timers are those of procedures copied from
 * a request filed on that build, so that a change of the procedure's model is compared too. Then,
 * with {@code -Dtuned=} (a comma-separated list of setting=value, environment names), again after a
 * restart with those settings. Each measure is on the next {@code due} requests and follows a
 * warm-up of a tenth as many timers, so that each runs on a server past its compilation.
 *
 * <p>E-mail is held (the outbox is not drained) so that only the timers are measured.
 *
 * <p>From the repository root, after a build: {@code mvn -B -Pbenchmarks -pl perf
 * exec:java@timers}.
 */
public final class TimerThroughput {

  /** A head whose password the heads of the generated bodies are given (one head a body). */
  private static final String HEAD = "head.finances@demo.accesinfo.ma";

  private static final String ADMIN = "admin@demo.accesinfo.ma";

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
      String template = filedTemplate(system);
      String baselineTemplate = null;
      if (baseline != null) {
        system.redeploy(Path.of(baseline));
        baselineTemplate = filedTemplate(system);
      }
      long start = System.nanoTime();
      int year = LocalDate.now().getYear();
      RequestGenerator.requests(system.dataSource(), year, requests, 0, LocalSystem::sealed);
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
      List<String> references = new ArrayList<>();
      try (Connection c = system.database();
          PreparedStatement s =
              c.prepareStatement(
                  "select reference from information_request where reference like ? and"
                      + " process_instance_id is null and status = 'AWAITING_RESPONSE'"
                      + " order by reference")) {
        s.setString(1, "DI-" + year + "-_______");
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            references.add(rs.getString(1));
          }
        }
      }
      int warmup = due / 10;
      start = System.nanoTime();
      int procedures = 0;
      if (baselineTemplate != null) {
        // The baseline's measures take the first of each pair of blocks, round after round.
        List<String> baselines = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          int from = 2 * round * (warmup + due);
          baselines.addAll(
              references.subList(
                  Math.min(from, references.size()),
                  Math.min(from + warmup + due, references.size())));
        }
        procedures +=
            ProcedureGenerator.procedures(system.dataSource(), baselineTemplate, baselines);
      }
      procedures += ProcedureGenerator.procedures(system.dataSource(), template);
      double started = (System.nanoTime() - start) / 1e9;
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
              + " open timers | processor ms a timer | of it the server's | stolen % |"
              + " seconds vacuuming |\n"
              + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      int from = 0;
      for (int round = 1; round <= rounds; round++) {
        String suffix = rounds > 1 ? " (round " + round + ")" : "";
        if (baseline != null) {
          if (round > 1) {
            system.redeploy(Path.of(baseline));
          }
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
      report.append(morning(system));
    }
    System.out.println();
    System.out.println(report);
  }

  /**
   * The morning after: an administrator has the day's lists sent now, as at 7:00; the heads of the
   * bodies whose requests fell overdue in the measures get one list each.
   */
  private static String morning(LocalSystem system) throws Exception {
    String token = system.node(0).signInStaff(ADMIN);
    long start = System.nanoTime();
    HttpResponse<String> sent =
        system.node(0).send(token, "POST", "/api/v1/digests", "", Duration.ofMinutes(10));
    double seconds = (System.nanoTime() - start) / 1e9;
    if (sent.statusCode() != 202) {
      throw new IllegalStateException("the morning's lists answered " + sent.statusCode());
    }
    try (Connection c = system.database()) {
      long queued =
          LocalSystem.count(
              c, "select count(*) from outbox_message where dedupe_key like 'head-digest:%'", null);
      return String.format(
          Locale.ROOT,
          "%nThe morning's lists, sent at once after the measures: %s in %.1f s; %,d lists to"
              + " heads in the outbox%n",
          sent.body(),
          seconds,
          queued);
    }
  }

  /** The reference of a request a citizen files over HTTP, whose procedure is to be copied. */
  private static String filedTemplate(LocalSystem system) throws Exception {
    HttpResponse<String> filed = system.file(system.signIn(LocalSystem.CITIZENS.get(0)), 0);
    if (filed.statusCode() != 201) {
      throw new IllegalStateException("filing the template answered " + filed.statusCode());
    }
    return LocalSystem.reference(filed);
  }

  /**
   * Makes the reply periods of the chosen requests end now and waits for their timers; returns a
   * row of the report's table.
   */
  static String measure(LocalSystem system, String settings, List<String> chosen) throws Exception {
    try (Connection c = system.database()) {
      Array references = c.createArrayOf("varchar", chosen.toArray());
      long open =
          LocalSystem.count(c, "select count(*) from act_ru_job where type_ = 'timer'", null);
      long[] before = processorTicks();
      Duration server = system.node(0).processorTime();
      LocalSystem.endReplyPeriods(c, references);
      long start = System.nanoTime();
      long fired = 0;
      long previous = 0;
      long busiest = 0;
      long vacuuming = 0;
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
        vacuuming +=
            LocalSystem.count(
                c,
                "select least(count(*), 1) from pg_stat_activity where backend_type ="
                    + " 'autovacuum worker' and query <> ''",
                null);
        if (fired != previous) {
          lastChange = System.nanoTime();
        }
        previous = fired;
      }
      double seconds = (lastChange - start) / 1e9;
      long[] after = processorTicks();
      server = system.node(0).processorTime().minus(server);
      if (fired < chosen.size()) {
        throw new IllegalStateException(
            fired + " of " + chosen.size() + " timers fired; the others did not within 2 minutes");
      }
      long busy = after[0] - before[0];
      long all = busy + after[1] - before[1] + after[2] - before[2];
      return String.format(
          Locale.ROOT,
          "| %s | %,d | %.0f | %d | %.1f | %,d | %s | %.1f | %s | %d |%n",
          settings,
          chosen.size(),
          chosen.size() / seconds,
          busiest,
          seconds,
          open,
          all == 0 ? "–" : String.format(Locale.ROOT, "%.1f", busy * 10.0 / chosen.size()),
          server.toNanos() / 1e6 / chosen.size(),
          all == 0 ? "–" : String.format(Locale.ROOT, "%.0f", 100.0 * (after[2] - before[2]) / all),
          vacuuming);
    }
  }

  /**
   * The machine's processor time so far, in ticks of 10 ms over all processors (Linux's {@code
   * /proc/stat}): busy (user and system), idle (with waiting on disks), and stolen by the machine's
   * host; zeros where there is no such file. The whole machine's, so that the database's and the
   * mail catcher's share of a timer count with the server's (the benchmark's own polling too, a
   * query a second).
   */
  private static long[] processorTicks() throws IOException {
    Path stat = Path.of("/proc/stat");
    if (!Files.isReadable(stat)) {
      return new long[3];
    }
    String[] f = Files.readAllLines(stat).get(0).trim().split("\\s+");
    long user = Long.parseLong(f[1]) + Long.parseLong(f[2]);
    long system = Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7]);
    long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
    long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
    return new long[] {user + system, idle, steal};
  }

  static Map<String, String> settings(String list) {
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
