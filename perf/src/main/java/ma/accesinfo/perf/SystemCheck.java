package ma.accesinfo.perf;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
 * What a check of the whole system holds to, whatever it disrupted: every filing the server
 * acknowledged is stored with its procedure and its timer, and every receipt is delivered, once. A
 * check collects its lines and its failures, and prints them at the end.
 */
abstract class SystemCheck {

  final List<String> failures = new ArrayList<>();
  final StringBuilder report = new StringBuilder();
  final LocalSystem system;

  /** Every reference the server acknowledged with a 201. */
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  /** Requests whose reply period was made to end: their timer has fired, as it should. */
  final Set<String> expired = ConcurrentHashMap.newKeySet();

  SystemCheck(LocalSystem system) {
    this.system = system;
  }

  /** Prints the report and the failures; whether all passed. */
  boolean finish() {
    System.out.println();
    System.out.println(report);
    if (failures.isEmpty()) {
      System.out.println("All checks passed.");
      return true;
    }
    failures.forEach(f -> System.out.println("FAILED: " + f));
    return false;
  }

  // What must hold

  /** Every acknowledged filing is stored, with its procedure running and its reply-period timer. */
  void checkStored(String when) throws SQLException {
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

  /** What a look at the database does between two looks for requests marked overdue. */
  @FunctionalInterface
  interface Round {
    void look(Connection c) throws Exception;
  }

  /** How many of the requests were marked overdue, and when the last look was. */
  record Expiry(long overdue, double seconds) {}

  /**
   * Makes the reply periods of these requests end now (their timers due in the engine's job table)
   * and waits until each is marked overdue by its timer, or the limit; {@code eachRound} runs
   * between looks.
   */
  Expiry expire(List<String> chosen, Duration limit, Round eachRound) throws Exception {
    expired.addAll(chosen);
    try (Connection c = system.database()) {
      Array references = c.createArrayOf("varchar", chosen.toArray());
      LocalSystem.endReplyPeriods(c, references);
      long start = System.nanoTime();
      long overdue = 0;
      while (System.nanoTime() - start < limit.toNanos()) {
        eachRound.look(c);
        overdue = overdueAmong(c, references);
        if (overdue == chosen.size()) {
          break;
        }
        Thread.sleep(200);
      }
      return new Expiry(overdue, (System.nanoTime() - start) / 1e9);
    }
  }

  static long overdueAmong(Connection c, Array references) throws SQLException {
    return LocalSystem.count(
        c,
        "select count(*) from information_request where overdue and reference = any(?)",
        references);
  }

  /**
   * Each of these requests' reply-period timers fired exactly once: one ended activity of the timer
   * in the engine's history of its procedure, one "overdue" event in the request's history. The
   * engine's history must be kept ({@code ACCESINFO_ENGINE_HISTORY=audit}).
   */
  void checkFiredOnce(String when, List<String> chosen) throws SQLException {
    try (Connection c = system.database()) {
      Array references = c.createArrayOf("varchar", chosen.toArray());
      String timerFirings =
          "select p.business_key_ as reference, count(*) as n from act_hi_actinst a"
              + " join act_hi_procinst p on p.id_ = a.proc_inst_id_"
              + " where a.act_id_ = 'replyPeriodEnded' and a.end_time_ is not null"
              + " and p.business_key_ = any(?)"
              + " group by p.business_key_";
      String overdueEvents =
          "select r.reference, count(*) as n from request_event e"
              + " join information_request r on r.id = e.request_id"
              + " where e.type = 'REQUEST_OVERDUE' and r.reference = any(?) group by r.reference";
      long fired =
          LocalSystem.count(c, "select count(*) from (" + timerFirings + ") f", references);
      long firedTwice =
          LocalSystem.count(
              c, "select count(*) from (" + timerFirings + ") f where n > 1", references);
      long marked =
          LocalSystem.count(c, "select count(*) from (" + overdueEvents + ") f", references);
      long markedTwice =
          LocalSystem.count(
              c, "select count(*) from (" + overdueEvents + ") f where n > 1", references);
      line(
          "%s: of %d timers made due, %d fired (%d more than once); %d requests marked overdue"
              + " (%d more than once)",
          when, chosen.size(), fired, firedTwice, marked, markedTwice);
      if (fired != chosen.size() || firedTwice > 0 || marked != chosen.size() || markedTwice > 0) {
        failures.add(when + ": timers did not all fire exactly once");
      }
    }
  }

  /**
   * Every receipt is delivered once: waits for the outbox to drain, then counts the messages the
   * SMTP server received by their stable key.
   */
  void checkMail(GreenMail mail, Duration mailWait) throws Exception {
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
    long notices = expired.stream().filter(r -> delivered.containsKey("overdue:" + r)).count();
    line(
        "e-mail: %d messages received by the SMTP server, %d of them more than once; receipts of"
            + " %d of the %d acknowledged filings; overdue notices of %d of the %d requests marked"
            + " overdue; %d messages left in the outbox after %.0f s",
        delivered.values().stream().mapToInt(Integer::intValue).sum(),
        twice,
        receipts,
        acknowledged.size(),
        notices,
        expired.size(),
        pending,
        (System.nanoTime() - start) / 1e9);
    if (twice > 0) {
      failures.add(twice + " messages delivered more than once");
    }
    if (receipts != acknowledged.size()) {
      failures.add("receipts missing: " + (acknowledged.size() - receipts));
    }
    if (notices != expired.size()) {
      failures.add("overdue notices missing: " + (expired.size() - notices));
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

  void line(String format, Object... args) {
    String text = String.format(java.util.Locale.ROOT, format, args);
    System.out.println(text);
    report.append("- ").append(text).append('\n');
  }
}
