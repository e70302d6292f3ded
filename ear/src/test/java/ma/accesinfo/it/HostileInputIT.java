package ma.accesinfo.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import ma.accesinfo.it.Api.Caller;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed input against the API, more than two hundred cases: broken JSON and UTF-8,
 * wrong content types, oversized and disguised bodies and uploads, control and bidirectional
 * characters in every text field of a filing and a sign-up, invented and foreign records'
 * references, bad query parameters and credentials. Each is refused with a 4xx problem, none fails
 * with a 5xx, and nothing is stored.
 */
class HostileInputIT extends ApplicationDeployment {

  /** Characters no text field takes: controls, bidirectional overrides and isolates, U+FFFD. */
  private static final List<String> FORBIDDEN =
      List.of(
          "\u0000", "\u0007", "\u001b", "\u007f", "\u202a", "\u202b", "\u202d", "\u202e", "\u2066",
          "\u2067", "\u2068", "\u2069", "\ufffd");

  private static final List<String> TABLES =
      List.of(
          "information_request",
          "account",
          "head_complaint",
          "commission_complaint",
          "release_document",
          "single_window_request",
          "clarification",
          "annual_report");

  private record Case(String name, Supplier<Integer> call) {}

  @Test
  void everyHostileInputIsRefusedWithAClearClientErrorAndNothingIsStored() {
    String body = api.createBody("HOS");
    Caller officer = api.createStaff("OFFICER", body);
    Caller owner = api.registerCitizen();
    Caller stranger = api.registerCitizen();
    String reference = api.post(owner, "/api/v1/requests", Api.request(body)).text("reference");
    Map<String, Long> before = counts();

    List<Case> cases = new ArrayList<>();
    String requests = "/api/v1/requests";

    // Control and bidirectional characters, in every text field of a filing and of a sign-up
    for (String field : List.of("subject", "description", "urgencyReason")) {
      for (String c : FORBIDDEN) {
        Map<String, Object> filing = Api.request(body);
        if (field.equals("urgencyReason")) {
          filing.put("urgent", true);
        }
        filing.put(field, "Texte " + c + " caché");
        cases.add(json("filing " + field + " U+" + hex(c), stranger, requests, filing));
      }
    }
    for (String field : List.of("firstName", "lastName", "address", "nationalId")) {
      for (String c : FORBIDDEN) {
        Map<String, Object> account =
            Api.citizen("hostile." + cases.size() + "@it.accesinfo.ma", "Hostile-Passw0rd");
        account.put(field, "Nom" + c + "x");
        cases.add(
            json(
                "sign-up " + field + " U+" + hex(c),
                Caller.ANONYMOUS,
                "/api/v1/accounts",
                account));
      }
    }

    // Values out of their range or of the wrong type
    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("subject", "x".repeat(301));
    bad.put("description", "x".repeat(20_001));
    bad.put("deliveryMode", "FAX");
    bad.put("language", "xx");
    bad.put("bodyCode", "NOPE-" + body);
    bad.put("bodyCode ", "'; drop table body; --");
    bad.put(" bodyCode", "<script>alert(1)</script>");
    bad.put("urgent", "yes");
    bad.put("urgent ", "true");
    bad.put(" urgent", 1);
    bad.put("deliveryMode ", Map.of("a", 1));
    bad.put("language ", List.of("fr"));
    bad.forEach(
        (field, value) -> {
          Map<String, Object> filing = Api.request(body);
          filing.put(field.strip(), value);
          cases.add(
              json(
                  "filing " + field.strip() + " = " + abbreviated(value),
                  stranger,
                  requests,
                  filing));
        });
    for (String email :
        List.of(
            "a",
            "a@",
            "@b.ma",
            "a@b",
            "a b@c.ma",
            "a@b..ma",
            "x".repeat(250) + "@b.ma",
            "a@b.ma\u202e",
            "")) {
      cases.add(
          json(
              "sign-up e-mail " + abbreviated(email),
              Caller.ANONYMOUS,
              "/api/v1/accounts",
              Api.citizen(email, "Hostile-Passw0rd")));
    }
    for (String password : List.of("short", "", "1234567890")) {
      cases.add(
          json(
              "sign-up password " + password.length(),
              Caller.ANONYMOUS,
              "/api/v1/accounts",
              Api.citizen("weak." + password.length() + "@it.accesinfo.ma", password)));
    }

    // Broken JSON, and bodies that are not a request at all
    for (String text :
        List.of(
            "{",
            "{\"subject\": ",
            "{\"subject\": \"a\"} trailing",
            "{'subject': 'single quotes'}",
            "{\"subject\": \"a\" /* comment */}",
            "{\"subject\": \"\\uD800\"}",
            "{\"subject\": \"\\x41\"}",
            "{\"urgent\": tru}",
            "{\"subject\": NaN}",
            "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
            "null",
            "[]",
            "\"text\"",
            "123",
            "",
            "{}")) {
      cases.add(
          new Case(
              "filing body " + abbreviated(text),
              () -> api.send(stranger, "POST", requests, text, Map.of()).status()));
    }

    // Bytes that are not UTF-8
    for (byte[] bytes :
        List.of(
            new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xC3, '"', '}'},
            new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', (byte) 0x80, '}'},
            new byte[] {
              '{', '"', 's', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'
            },
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})) {
      cases.add(
          new Case(
              "filing bytes " + hexBytes(bytes),
              () ->
                  api.upload(stranger, requests, bytes, "application/json; charset=UTF-8")
                      .status()));
    }

    // Content types that are not JSON
    String filing = "{\"bodyCode\": \"" + body + "\", \"subject\": \"a\"}";
    for (String type :
        List.of(
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/octet-stream",
            "image/png",
            "application/json; charset=nonexistent")) {
      cases.add(
          new Case(
              "filing as " + type,
              () ->
                  api.upload(stranger, requests, filing.getBytes(StandardCharsets.UTF_8), type)
                      .status()));
    }
    cases.add(new Case("filing of 70 MB", HostileInputIT::seventyMegabytes));

    // References invented, forged or of another person's request
    List<String> forged =
        List.of(
            "..%2F..%2Fetc%2Fpasswd",
            "%00",
            "'%20OR%20'1'%3D'1",
            "%3Cscript%3E",
            "DI-" + "9".repeat(900),
            "DI-2026-%FF",
            "DI-2026-000001%3Bselect%201",
            "%E2%80%AEDI-2026");
    for (String path :
        List.of(
            "/api/v1/requests/",
            "/api/v1/complaints/",
            "/api/v1/commission-complaints/",
            "/api/v1/single-window/",
            "/api/v1/annual-reports/")) {
      for (String ref : forged) {
        cases.add(new Case("GET " + path + ref, () -> api.get(stranger, path + ref).status()));
      }
    }
    for (String suffix :
        List.of("", "/clock", "/events", "/letters/receipt", "/documents", "/origin")) {
      cases.add(
          new Case(
              "another's request " + suffix,
              () -> api.get(stranger, requests + "/" + reference + suffix).status()));
    }
    for (String action :
        List.of("/withdrawal", "/clarification-answer", "/complaints", "/commission-complaints")) {
      cases.add(
          new Case(
              "another's request POST " + action,
              () ->
                  api.post(
                          stranger,
                          requests + "/" + reference + action,
                          Map.of("answer", "x", "grounds", "x"))
                      .status()));
    }
    cases.add(
        new Case(
            "a citizen decides",
            () ->
                api.post(
                        stranger,
                        requests + "/" + reference + "/decision",
                        Map.of("resolution", "GRANTED", "message", "x"))
                    .status()));

    // Query parameters out of their form
    for (String query :
        List.of(
            "/api/v1/public/refusals?year=%27%20OR%201%3D1",
            "/api/v1/public/refusals?year=99999",
            "/api/v1/public/refusals?exemption=%3Cscript%3E",
            "/api/v1/public/refusals?body=%00",
            "/api/v1/public/refusals?outcome=EVERYTHING",
            "/api/v1/public/statistics?year=abc",
            "/api/v1/public/statistics?year=1917",
            "/api/v1/public/statistics?body=NOPE%00",
            "/api/v1/public/statistics/bodies?year=-1",
            "/api/v1/annual-reports?year=20x6",
            "/api/v1/annual-reports?body=%27%3B--",
            "/api/v1/calendar/deadline?from=2026-02-30&length=20",
            "/api/v1/calendar/deadline?from=2026-03-02&length=100000",
            "/api/v1/calendar/deadline?from=2026-03-02&length=20&unit=FORTNIGHTS",
            "/api/v1/calendar/1800",
            "/api/v1/bodies?q=" + "a".repeat(101),
            "/api/v1/bodies?q=%E2%80%AEnim%00")) {
      cases.add(new Case("GET " + query, () -> api.get(Caller.ANONYMOUS, query).status()));
    }

    // Credentials that are not credentials
    for (String authorization :
        List.of(
            "Bearer ",
            "Bearer " + "A".repeat(10_000),
            "Bearer ' OR 1=1 --",
            "Basic !!!",
            "Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes()),
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString((owner.email() + ":wrong").getBytes()),
            "Digest username=x",
            "Bearer\tabc")) {
      cases.add(
          new Case(
              "Authorization " + abbreviated(authorization),
              () ->
                  api.send(
                          Caller.ANONYMOUS,
                          "GET",
                          requests,
                          null,
                          Map.of("Authorization", authorization))
                      .status()));
    }

    // Uploads disguised, empty, too big, or to another body's request
    String documents = requests + "/" + reference + "/documents?name=";
    Map<String, byte[]> uploads = new LinkedHashMap<>();
    uploads.put("programme.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
    uploads.put(
        "tableau.xlsx", "PK\u0003\u0004 pas un classeur".getBytes(StandardCharsets.ISO_8859_1));
    uploads.put("vide.pdf", new byte[0]);
    uploads.put(
        "page.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    uploads.put("latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    uploads.put("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    uploads.forEach(
        (name, content) ->
            cases.add(
                new Case(
                    "upload " + name,
                    () -> api.upload(officer, documents + name, content, null).status())));
    cases.add(
        new Case(
            "upload of 21 MB",
            () ->
                api.upload(
                        officer, documents + "gros.txt", new byte[21 * 1024 * 1024], "text/plain")
                    .status()));
    cases.add(
        new Case(
            "upload by a citizen",
            () ->
                api.upload(stranger, documents + "a.txt", "texte".getBytes(), "text/plain")
                    .status()));

    assertThat(cases).hasSizeGreaterThanOrEqualTo(200);
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      int status = c.call().get();
      if (status < 400 || status >= 500) {
        wrong.add(c.name() + " → " + status);
      }
    }
    assertThat(wrong).as("answers that are not a client error").isEmpty();
    assertThat(counts()).as("rows stored").isEqualTo(before);
    // The server still answers
    HttpResponse<byte[]> receipt =
        api.download(owner, requests + "/" + reference + "/letters/receipt");
    assertThat(receipt.statusCode()).isEqualTo(200);
  }

  /**
   * A body over the server's limit, announced by its length: the server refuses it before reading
   * it (the client waits for its go-ahead, as large uploads should).
   */
  private static int seventyMegabytes() {
    try {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      byte[] body = new byte[70 * 1024 * 1024];
      java.util.Arrays.fill(body, (byte) 'x');
      return http.send(
              HttpRequest.newBuilder(URI.create(TestSettings.baseUrl() + "/api/v1/requests"))
                  .expectContinue(true)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Case json(String name, Caller caller, String path, Map<String, Object> body) {
    return new Case(name, () -> api.post(caller, path, body).status());
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, database.count("select count(*) from " + table));
    }
    return counts;
  }

  private static String hex(String c) {
    return String.format("%04X", c.codePointAt(0));
  }

  private static String hexBytes(byte[] bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      text.append(String.format("%02X", b));
    }
    return text.toString();
  }

  private static String abbreviated(Object value) {
    String text = String.valueOf(value);
    return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
  }
}
