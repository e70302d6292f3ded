package ma.accesinfo.perf;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * A day off declared at national scale: the whole system started as the timer benchmark does, a
 * year of 1,000,000 requests generated ({@link RequestGenerator}: a tenth of them open, received in
 * the last ten days) and each open one given its running procedure and timers ({@link
 * ProcedureGenerator}), then an administrator declares a closure on a working day a week ahead, as
 * the government announces exceptional days off or the lunar holidays are confirmed: every running
 * request whose reply period spans that day must have its due date, and its procedure's timers,
 * moved by a working day. Reports the administrator's answer and its time, then how long until
 * every due date and reply-period timer had moved.
 *
 * <p>From the repository root, after a build: {@code mvn -B -Pbenchmarks -pl perf
 * exec:java@calendar} ({@code -Drequests=} 1,000,000; {@code -Dear=} another build of the
 * application to run instead of the built one, for a comparison).
 */
public final class CalendarChangeBenchmark {

  private static final String ADMIN = "admin@demo.accesinfo.ma";

  private CalendarChangeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    int requests = Integer.getInteger("requests", 1_000_000);
    String other = System.getProperty("ear", "");
    LocalDate day = LocalDate.now().plusDays(7);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    try (LocalSystem system =
        LocalSystem.start(root, "calendar", Map.of("ACCESINFO_MAIL_POLL_MS", "86400000"))) {
      if (!other.isBlank()) {
        system.redeploy(Path.of(other));
      }
      HttpResponse<String> filed = system.file(system.signIn(LocalSystem.CITIZENS.get(0)), 0);
      if (filed.statusCode() != 201) {
        throw new IllegalStateException("filing the template answered " + filed.statusCode());
      }
      long start = System.nanoTime();
      RequestGenerator.requests(
          system.dataSource(), LocalDate.now().getYear(), requests, 0, LocalSystem::sealed);
      int procedures =
          ProcedureGenerator.procedures(system.dataSource(), LocalSystem.reference(filed));
      double loaded = (System.nanoTime() - start) / 1e9;
      long spanning;
      try (Connection c = system.database();
          Statement s = c.createStatement()) {
        // What each request's due date and reply-period timer were before the change
        s.execute(
            "create table bench_before as select r.id, r.due_date, j.id_ as job, j.duedate_"
                + " from information_request r join act_ru_job j on j.process_instance_id_ ="
                + " r.process_instance_id and j.type_ = 'timer' and j.handler_cfg_ like"
                + " '%replyPeriodEnded%' where r.status not in ('ANSWERED', 'FORWARDED',"
                + " 'WITHDRAWN') and not r.overdue and r.received_on < date '"
                + day
                + "' and r.due_date >= date '"
                + day
                + "'");
        s.execute("analyze");
        spanning = LocalSystem.count(c, "select count(*) from bench_before", null);
      }
      LocalSystem.Node node = system.node(0);
      String token = node.signInStaff(ADMIN);
      long t = System.nanoTime();
      HttpResponse<String> answer =
          node.send(
              token,
              "PUT",
              "/api/v1/calendar/days/" + day,
              "{\"kind\":\"CLOSURE\",\"nameAr\":\"عطلة استثنائية\",\"nameFr\":\"Jour de"
                  + " fermeture exceptionnel\",\"provisional\":false}",
              Duration.ofHours(2));
      double answered = (System.nanoTime() - t) / 1e9;
      long moved = 0;
      long timersMoved = 0;
      double allMoved = Double.NaN;
      long lastChange = System.nanoTime();
      try (Connection c = system.database()) {
        while (System.nanoTime() - lastChange < Duration.ofMinutes(2).toNanos()) {
          long now =
              LocalSystem.count(
                  c,
                  "select count(*) from bench_before b join information_request r on r.id = b.id"
                      + " where r.due_date > b.due_date",
                  null);
          timersMoved =
              LocalSystem.count(
                  c,
                  "select count(*) from bench_before b join act_ru_job j on j.id_ = b.job"
                      + " where j.duedate_ > b.duedate_",
                  null);
          if (now != moved) {
            moved = now;
            lastChange = System.nanoTime();
          }
          if (moved == spanning && timersMoved == spanning) {
            allMoved = (System.nanoTime() - t) / 1e9;
            break;
          }
          Thread.sleep(1_000);
        }
      }
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "%,d requests generated and %,d procedures made in %.0f s; a closure declared on %s,"
              + " which %,d running requests' reply periods span%s.%n%n",
          requests,
          procedures,
          loaded,
          day,
          spanning,
          other.isBlank() ? "" : " (application " + other + ")");
      System.out.println(
          "| answer | answered after s | due dates moved | reply-period timers moved | all moved"
              + " after s |");
      System.out.println("|---:|---:|---:|---:|---:|");
      System.out.printf(
          Locale.ROOT,
          "| %d | %.1f | %,d | %,d | %s |%n",
          answer.statusCode(),
          answered,
          moved,
          timersMoved,
          Double.isNaN(allMoved) ? "—" : String.format(Locale.ROOT, "%.1f", allMoved));
    }
  }
}
