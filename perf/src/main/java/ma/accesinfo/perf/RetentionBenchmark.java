package ma.accesinfo.perf;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The retention period applied to a national database for the first time: the whole system started
 * as the inbox benchmark does, a year of 1,000,000 requests generated into its database ({@link
 * RequestGenerator}, received last year), two sent messages about each and 200,000 sent account
 * messages (verification, password reset), then the retention period shortened so that every
 * request closed last year is past it, and the administrator's run started over HTTP and followed
 * until it ends, as the nightly run does it. Reports how soon the call answered, how long the run
 * took, what it did and what the database then holds; then a second run, which finds nothing more
 * to do (as every night after).
 *
 * <p>From the repository root, after a build: {@code mvn -B -Pbenchmarks -pl perf
 * exec:java@retention} ({@code -Drequests=} 1,000,000; {@code -Dear=} another build of the
 * application to run instead of the built one, for a comparison).
 */
public final class RetentionBenchmark {

  private static final String ADMIN = "admin@demo.accesinfo.ma";
  private static final String CLOSED_LAST_YEAR =
      "from information_request where status in ('ANSWERED', 'FORWARDED', 'WITHDRAWN')"
          + " and updated_at < date_trunc('year', now())";

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    int requests = Integer.getInteger("requests", 1_000_000);
    String other = System.getProperty("ear", "");
    int year = LocalDate.now().getYear() - 1;
    // Everything closed last year is past a retention period ending at the start of this year
    int days = LocalDate.now().getDayOfYear();
    try (LocalSystem system =
        LocalSystem.start(
            root,
            "retention",
            java.util.Map.of("ACCESINFO_RETENTION_DAYS", String.valueOf(days)))) {
      if (!other.isBlank()) {
        system.redeploy(Path.of(other));
      }
      long start = System.nanoTime();
      RequestGenerator.requests(system.dataSource(), year, requests, 0, LocalSystem::sealed);
      long closed;
      long messages;
      try (Connection c = system.database();
          Statement s = c.createStatement()) {
        s.execute(
            "insert into outbox_message (dedupe_key, request_id, recipient, language, subject,"
                + " body_text, body_html, status, attempts, next_attempt_at, created_at, sent_at)"
                + " select 'bench-' || r.id || '-' || k, r.id, 'citoyen' || r.id ||"
                + " '@exemple.ma', 'fr', 'Votre demande ' || r.reference, 'Votre demande '"
                + " || r.reference || ' a été reçue ; la réponse vous parviendra dans le délai"
                + " légal.', '<p>Votre demande ' || r.reference || ' a été reçue.</p>', 'SENT', 1,"
                + " r.received_at, r.received_at + k * interval '10 days', r.received_at + k *"
                + " interval '10 days' from information_request r, generate_series(0, 1) k where"
                + " r.reference like 'DI-%'");
        s.execute(
            "insert into outbox_message (dedupe_key, recipient, language, subject, body_text,"
                + " body_html, status, attempts, next_attempt_at, created_at, sent_at) select"
                + " 'bench-account-' || g, 'citoyen' || g || '@exemple.ma', 'ar', 'تأكيد الحساب',"
                + " 'رابط التأكيد', '<p>رابط التأكيد</p>', 'SENT', 1, make_date("
                + year
                + ", 1, 1) + g * interval '2 minutes', make_date("
                + year
                + ", 1, 1) + g * interval '2 minutes', make_date("
                + year
                + ", 1, 1) + g * interval '2 minutes' from generate_series(1, 200000) g");
        s.execute("analyze");
        closed = LocalSystem.count(c, "select count(*) " + CLOSED_LAST_YEAR, null);
        messages = LocalSystem.count(c, "select count(*) from outbox_message", null);
      }
      double loaded = (System.nanoTime() - start) / 1e9;

      LocalSystem.Node node = system.node(0);
      String token = node.signInStaff(ADMIN);
      StringBuilder table = new StringBuilder();
      table.append(
          String.format(
              Locale.ROOT,
              "Retention over %,d requests received in %d (%,d of them closed), %,d messages"
                  + " (loaded in %.0f s); retention period %d days%s.%n%n",
              requests,
              year,
              closed,
              messages,
              loaded,
              days,
              other.isBlank() ? "" : ", application " + other));
      table.append(
          "| run | answer | answered in s | ended after s | requests anonymised | still named"
              + " (closed last year) | request messages not erased | account messages not"
              + " erased |\n");
      table.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (String run : new String[] {"first", "second"}) {
        long t = System.nanoTime();
        HttpResponse<String> answer =
            node.post(token, "/api/v1/admin/retention-runs", Duration.ofHours(2));
        double answered = (System.nanoTime() - t) / 1e9;
        // A run started in the background is followed until it ends; a build that answered only
        // at the end (before runs went to the background) gave its report in the answer
        String report = answer.body();
        if (answer.statusCode() == 202) {
          do {
            Thread.sleep(500);
            report = node.get(token, "/api/v1/admin/retention-runs/current").body();
          } while (report.matches("(?s).*\"running\"\\s*:\\s*true.*"));
        }
        double ended = (System.nanoTime() - t) / 1e9;
        boolean done =
            (answer.statusCode() == 200 || answer.statusCode() == 202)
                && !report.matches("(?s).*\"failed\"\\s*:\\s*true.*");
        try (Connection c = system.database()) {
          table.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %d | %.1f | %.1f | %s | %,d | %,d | %,d |%n",
                  run,
                  answer.statusCode(),
                  answered,
                  ended,
                  done
                      ? report.replaceAll("(?s).*\"requestsAnonymised\"\\s*:\\s*(\\d+).*", "$1")
                      : "—",
                  LocalSystem.count(
                      c,
                      "select count(*) "
                          + CLOSED_LAST_YEAR
                          + " and personal_data_purged_at is null",
                      null),
                  LocalSystem.count(
                      c,
                      "select count(*) from outbox_message where request_id is not null"
                          + " and recipient <> 'erased'",
                      null),
                  LocalSystem.count(
                      c,
                      "select count(*) from outbox_message where request_id is null"
                          + " and recipient <> 'erased' and created_at < now() - interval '30 days'",
                      null)));
        }
        if (!done) {
          break;
        }
      }
      System.out.println();
      System.out.println(table);
    }
  }
}
