package ma.accesinfo.perf;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.accesinfo.domain.model.request.RequestStatus;

/**
 * An information officer's inbox over a million requests: the whole system started as the
 * resilience check does (the provisioned WildFly, its own PostgreSQL), a year of 1,000,000 requests
 * generated into its database across 120 bodies ({@link RequestGenerator}), the demo officer made
 * an officer of one of them as well as of the demo ministry, then the inbox's calls over HTTP as
 * the officer signed in with a second factor, each 20 times to warm up and 200 times measured.
 * Checks what the officer would see: the running requests first, the overdue ones at the top.
 *
 * <p>From the repository root, after a build: {@code mvn -B -Pbenchmarks -pl perf exec:java@inbox}
 * ({@code -Drequests=} 1,000,000, {@code -Druns=} 200).
 */
public final class InboxBenchmark {

  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final String OFFICER = "officer.finances@demo.accesinfo.ma";

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    int requests = Integer.getInteger("requests", 1_000_000);
    int runs = Integer.getInteger("runs", 200);
    int year = LocalDate.now().getYear();
    try (LocalSystem system = LocalSystem.start(root, "inbox")) {
      long start = System.nanoTime();
      RequestGenerator.requests(system.dataSource(), year, requests, 0, LocalSystem::sealed);
      double loaded = (System.nanoTime() - start) / 1e9;
      long inBody;
      long running;
      try (Connection c = system.database()) {
        try (PreparedStatement s =
            c.prepareStatement(
                "insert into account_role (account_id, role, body_id) select a.id, 'OFFICER', b.id"
                    + " from account a, body b where a.email = ? and b.code = 'B1'")) {
          s.setString(1, OFFICER);
          s.executeUpdate();
        }
        inBody =
            LocalSystem.count(
                c,
                "select count(*) from information_request r join body b on b.id ="
                    + " r.body_id where b.code = 'B1'",
                null);
        running =
            LocalSystem.count(
                c,
                "select count(*) from information_request r join body b on b.id ="
                    + " r.body_id where b.code = 'B1' and r.status not in ('ANSWERED', 'FORWARDED',"
                    + " 'WITHDRAWN')",
                null);
      }
      LocalSystem.Node node = system.node(0);
      String token = node.signInStaff(OFFICER);
      Map<String, String> calls = new LinkedHashMap<>();
      calls.put("the inbox (no filter)", "/api/v1/requests");
      calls.put("awaiting a response", "/api/v1/requests?status=AWAITING_RESPONSE");
      calls.put("answered", "/api/v1/requests?status=ANSWERED");
      calls.put(
          "search by subject (a tenth of them), typed without accents",
          "/api/v1/requests?q=equipement");
      calls.put(
          "search by subject (a tenth of them), in Arabic typed without the hamza",
          "/api/v1/requests?q=" + URLEncoder.encode("الادارة", StandardCharsets.UTF_8));
      calls.put("search by subject, a word in none", "/api/v1/requests?q=introuvable");
      calls.put("search by reference", "/api/v1/requests?q=DI-" + year + "-00007");
      calls.put("the deadline summary", "/api/v1/requests/deadlines");
      StringBuilder table = new StringBuilder();
      table.append(
          String.format(
              Locale.ROOT,
              "Officer's inbox over %,d requests (loaded in %.0f s); the officer's bodies hold %,d"
                  + " of them (%,d running) and the demo ministry's.%n%n",
              requests,
              loaded,
              inBody,
              running));
      table.append("| call | answer | rows | p50 ms | p95 ms | p99 ms | max ms |\n");
      table.append("|---|---:|---:|---:|---:|---:|---:|\n");
      for (Map.Entry<String, String> call : calls.entrySet()) {
        HttpResponse<String> first = node.get(token, call.getValue());
        for (int i = 0; i < 20; i++) {
          node.get(token, call.getValue());
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < runs; i++) {
          long t = System.nanoTime();
          HttpResponse<String> answer = node.get(token, call.getValue());
          latencies.add(System.nanoTime() - t);
          if (answer.statusCode() != first.statusCode()) {
            throw new IllegalStateException(call.getKey() + " answered " + answer.statusCode());
          }
        }
        table.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                call.getKey(),
                first.statusCode(),
                statuses(first.body()).size(),
                latencies.percentile(50),
                latencies.percentile(95),
                latencies.percentile(99),
                latencies.max()));
      }
      List<String> shown = statuses(node.get(token, "/api/v1/requests").body());
      long runningShown = shown.stream().filter(s -> !RequestStatus.valueOf(s).closed()).count();
      table.append(
          String.format(
              Locale.ROOT,
              "%nThe inbox without a filter shows %d requests, %d of them running.%n",
              shown.size(),
              runningShown));
      System.out.println();
      System.out.println(table);
    }
  }

  private static List<String> statuses(String json) {
    List<String> found = new ArrayList<>();
    Matcher m = STATUS.matcher(json);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
