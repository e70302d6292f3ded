package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The annual report of a body made from known requests: issued in the background with its progress,
 * its figures in the CSV, the workbook and the Arabic and French PDFs, each file kept exactly as
 * issued with its checksum.
 */
class AnnualReportIT extends ApplicationDeployment {

  @Test
  void aBodysYearIsReportedInEveryFormatAndKeptAsIssued() throws Exception {
    String body = api.createBody("RAP");
    String other = api.createBody("AUT");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller head = api.createStaff("HEAD", body);
    Caller citizen = api.registerCitizen();
    List<String> references =
        List.of(
            api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference"),
            api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference"),
            api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference"));
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + references.get(0) + "/decision",
            Map.of("resolution", "GRANTED", "message", "Voici le budget.")),
        200);
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + references.get(1) + "/decision",
            Map.of(
                "resolution", "REFUSED",
                "refusalGround", "EXEMPTION",
                "exemptions", List.of("PRIVATE_LIFE"),
                "publicJustification", "Les dossiers décrivent l’état de santé d’agents.",
                "message", "Refus motivé.")),
        200);
    expect(
        api.post(
            reviewer,
            "/api/v1/requests/" + references.get(1) + "/review",
            Map.of("approved", true)),
        200);
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + references.get(2) + "/extension",
            Map.of("ground", "LARGE_VOLUME", "explanation", "Dix ans d’archives.")),
        200);
    String complaint =
        api.post(
                citizen,
                "/api/v1/requests/" + references.get(1) + "/complaints",
                Map.of("grounds", "Un refus total n’est pas justifié."))
            .text("reference");
    expect(
        api.post(
            head,
            "/api/v1/complaints/" + complaint + "/decision",
            Map.of("decision", "UPHELD", "reasons", "Les données de santé sont protégées.")),
        200);
    int year = LawTime.today().getYear();

    // Who may issue what
    assertThat(post(citizen, year, body).status()).isEqualTo(403);
    assertThat(post(officer, year, null).status()).isEqualTo(403);
    assertThat(post(officer, year, other).status()).isEqualTo(403);
    assertThat(post(Caller.ANONYMOUS, year, body).status()).isEqualTo(401);
    Reply badYear = post(officer, 1999, body);
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.json().path("errors").get(0).path("field").asText()).isEqualTo("year");

    // One report of a year in the making at a time
    long busy =
        database.single(
            "insert into annual_report (body_id, year, status, requested_by, requested_at)"
                + " select b.id, ?, 'RUNNING', a.id, now() from body b, account a where b.code ="
                + " ? and lower(a.email) = lower(?) returning id",
            Long.class,
            year - 1,
            body,
            officer.email());
    Reply conflict = post(officer, year - 1, body);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().path("code").asText()).isEqualTo("reportInProgress");
    // ... unless its making has not moved for half an hour: the server making it died (another
    // node of a cluster, never restarted); it is failed and a new one is queued
    database.update(
        "update annual_report set made_by = 'node-gone', progressed_at = now() - interval '31"
            + " minutes' where id = ?",
        busy);
    expect(post(officer, year - 1, body), 202);
    assertThat(
            database.single(
                "select status || ':' || failure from annual_report where id = ?",
                String.class,
                busy))
        .isEqualTo("FAILED:interrupted");

    Reply issued = post(officer, year, body);
    expect(issued, 202);
    assertThat(issued.header("Location")).endsWith("/annual-reports/" + issued.text("id"));
    String id = issued.text("id");
    JsonNode report = waitUntilIssued(id);
    assertThat(report.path("progress").asInt()).isEqualTo(100);
    assertThat(report.path("coversUntil").asText()).isEqualTo(LawTime.today().toString());
    String base = "annual-report-" + year + "-" + body.toLowerCase();
    Map<String, String> checksums = new HashMap<>();
    for (JsonNode file : report.path("files")) {
      checksums.put(file.path("name").asText(), file.path("sha256").asText());
    }
    assertThat(checksums)
        .containsOnlyKeys(
            base + "-ar.pdf",
            base + "-ar.xlsx",
            base + "-fr.pdf",
            base + "-fr.xlsx",
            base + ".csv");

    // Each file downloads, for anyone, with the checksum it was issued with
    Map<String, byte[]> files = new HashMap<>();
    for (Map.Entry<String, String> file : checksums.entrySet()) {
      HttpResponse<byte[]> download =
          api.download(
              Caller.ANONYMOUS, "/api/v1/annual-reports/" + id + "/files/" + file.getKey());
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(sha256(download.body())).isEqualTo(file.getValue());
      assertThat(download.headers().firstValue("ETag")).hasValue("\"" + file.getValue() + "\"");
      files.put(file.getKey(), download.body());
    }
    assertThat(
            database.count(
                "select count(*) from annual_report_file where report_id = ? and sha256 ="
                    + " encode(sha256(content), 'hex')",
                Long.parseLong(id)))
        .isEqualTo(5);
    assertThatThrownBy(
            () ->
                database.update(
                    "update annual_report_file set content = 'x' where report_id = ?",
                    Long.parseLong(id)))
        .hasMessageContaining("append-only");

    // The figures in the CSV: three received, one granted, one refused on Art. 7 private life
    String csv = new String(files.get(base + ".csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .startsWith("\uFEFFsection,code,label_ar,label_fr,value,previous_year_value\r\n")
        .contains(
            "\"volume\",\"volume.received\",\"الطلبات الواردة خلال السنة\",\"Reçues dans"
                + " l’année\",3,0\r\n")
        .contains("\"volume.pendingAtEnd\",")
        .contains("\"outcome.GRANTED\",\"طلبات مقبولة\",\"Acceptées\",1,0\r\n")
        .contains("\"ground.EXEMPTION\",")
        .contains("\"exemption.PRIVATE_LIFE\",")
        .contains("\"head.decided.UPHELD\",\"تأييد الجواب\",\"Réponse maintenue\",1,0\r\n")
        .contains("\"extension.LARGE_VOLUME\",")
        .contains("\"deadline.share\",\"نسبة الأجوبة داخل الأجل (%)\",")
        .contains(",100.0,\r\n")
        .contains("\"oldest\",\"oldest." + references.get(2) + "\",");
    assertThat(line(csv, "exemption.PRIVATE_LIFE")).endsWith(",1,0");
    assertThat(line(csv, "ground.EXEMPTION")).endsWith(",1,0");
    assertThat(line(csv, "volume.pendingAtEnd")).endsWith(",1,0");
    assertThat(line(csv, "extension.LARGE_VOLUME")).endsWith(",1,0");

    // The same figures, as numbers, in the workbooks; the Arabic one right to left
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(files.get(base + "-ar.xlsx")))) {
      assertThat(book.getSheetAt(0).isRightToLeft()).isTrue();
      assertThat(figure(book, "volume.received")).isEqualTo(3);
      assertThat(figure(book, "volume.closed")).isEqualTo(2);
      assertThat(figure(book, "exemption.PRIVATE_LIFE")).isEqualTo(1);
      assertThat(figure(book, "head.received")).isEqualTo(1);
    }
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(files.get(base + "-fr.xlsx")))) {
      assertThat(book.getSheetAt(0).isRightToLeft()).isFalse();
      assertThat(figure(book, "outcome.REFUSED")).isEqualTo(1);
      assertThat(figure(book, "band.0-5")).isEqualTo(2);
    }

    // The PDFs, in Arabic and French, provisional since the year is not over
    try (PDDocument pdf = Loader.loadPDF(files.get(base + "-fr.pdf"))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Rapport annuel sur le droit d’accès à l’information")
          .contains("Période couverte : du 01/01/" + year)
          .contains("Rapport provisoire")
          .contains("Reçues dans l’année 3")
          .contains("La vie privée des personnes")
          .contains(references.get(2))
          .contains("Réponse maintenue 1");
      PdfPictures.save(pdf, "annual-report", "body-fr", 4);
    }
    try (PDDocument pdf = Loader.loadPDF(files.get(base + "-ar.pdf"))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("التقرير السنوي")
          .contains("الطلبات الواردة خلال السنة")
          .contains("الحياة الخاصة")
          .contains("تأييد الجواب");
      PdfPictures.save(pdf, "annual-report", "body-ar", 4);
    }

    // Listed for the public with the body's other reports
    Reply listed = api.get(Caller.ANONYMOUS, "/api/v1/annual-reports?body=" + body);
    expect(listed, 200);
    assertThat(listed.json().get(0).path("id").asText()).isEqualTo(id);
    assertThat(listed.json().get(0).path("status").asText()).isEqualTo("ISSUED");
    assertThat(
            api.download(Caller.ANONYMOUS, "/api/v1/annual-reports/" + id + "/files/other.pdf")
                .statusCode())
        .isEqualTo(404);
    assertThat(api.get(Caller.ANONYMOUS, "/api/v1/annual-reports/99999999").status())
        .isEqualTo(404);

    // The Commission issues the national report, which counts this body's requests among all
    Caller commission = api.createCommissionMember();
    Reply national = post(commission, year, null);
    expect(national, 202);
    JsonNode nationalReport = waitUntilIssued(national.text("id"));
    assertThat(nationalReport.path("bodyCode").isMissingNode()).isTrue();
    String nationalCsv =
        new String(
            api.download(
                    Caller.ANONYMOUS,
                    "/api/v1/annual-reports/"
                        + national.text("id")
                        + "/files/annual-report-"
                        + year
                        + "-national.csv")
                .body(),
            StandardCharsets.UTF_8);
    String received = line(nationalCsv, "volume.received");
    long count = Long.parseLong(received.split(",")[received.split(",").length - 2]);
    assertThat(count)
        .isEqualTo(
            database.count(
                "select count(*) from information_request where extract(year from received_on) ="
                    + " ?",
                year));
  }

  @Test
  void theHeadIssuesTheBodysReportOnThePageAndWatchesItUntilItIsIssued() throws Exception {
    String body = api.createBody("PAG");
    Caller head = api.createStaff("HEAD", body);
    String secret = api.setUpSecondFactor(head);
    int year = LawTime.today().getYear();
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "annual-reports-fr")) {
      browser.signIn(head.email(), head.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/annual-reports.xhtml");
      browser.type("#issueForm\\:year", String.valueOf(year));
      browser.type("#issueForm\\:body", body);
      browser.follow("#issueForm\\:submit");
      assertThat(browser.driver().getCurrentUrl()).contains("annual-reports.xhtml?id=");
      browser.screenshot("01-making");
      // The page looks again by itself until the report is issued
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(90))
          .until(d -> browser.text("#issueStatus").equals("Émis"));
      String id = browser.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
      assertThat(browser.text("#issue")).contains(".xlsx").contains("SHA-256");
      assertThat(browser.text("#report-" + id))
          .contains("annual-report-" + year + "-" + body.toLowerCase() + "-fr.pdf")
          .contains("SHA-256");
      browser.check("02-issued");
    }
    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "annual-reports-ar")) {
      browser.open("/annual-reports.xhtml?body=" + body);
      assertThat(browser.text("#reports")).contains(".csv").contains("صادر");
      assertThat(browser.all("#issueForm")).isEmpty();
      browser.check("01-public");
    }
  }

  private Reply post(Caller caller, int year, String body) {
    Map<String, Object> request = new HashMap<>();
    request.put("year", String.valueOf(year));
    if (body != null) {
      request.put("body", body);
    }
    return api.post(caller, "/api/v1/annual-reports", request);
  }

  /** Follows the report's progress until it is issued (or fails the test). */
  private JsonNode waitUntilIssued(String id) throws InterruptedException {
    long until = System.currentTimeMillis() + 120_000;
    int lastProgress = -1;
    while (System.currentTimeMillis() < until) {
      Reply found = api.get(Caller.ANONYMOUS, "/api/v1/annual-reports/" + id);
      expect(found, 200);
      String status = found.text("status");
      assertThat(status).isIn("QUEUED", "RUNNING", "ISSUED");
      int progress = found.json().path("progress").asInt();
      assertThat(progress).isGreaterThanOrEqualTo(lastProgress);
      lastProgress = progress;
      if ("ISSUED".equals(status)) {
        return found.json();
      }
      Thread.sleep(300);
    }
    throw new AssertionError("report " + id + " was not issued within two minutes");
  }

  private static String line(String csv, String code) {
    return csv.lines()
        .filter(l -> l.contains(",\"" + code + "\","))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line " + code));
  }

  private static double figure(XSSFWorkbook book, String code) {
    for (Sheet sheet : book) {
      for (Row row : sheet) {
        if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
          return row.getCell(2).getNumericCellValue();
        }
      }
    }
    throw new AssertionError("no figure " + code);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
