package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import ma.accesinfo.infrastructure.documents.SampleDocuments;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * The release gate on the running server: every document attached for release is inspected, a
 * finding blocks the decision, and only a fix or a second person's override lets it leave.
 */
class ReleaseGateIT extends ApplicationDeployment {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void aHiddenSheetBlocksTheReleaseUntilTheSpreadsheetsCsvReplacesIt() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    Caller stranger = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String documents = "/api/v1/requests/" + reference + "/documents";

    Reply attached =
        api.upload(
            officer, documents + "?name=budget.xlsx", SampleDocuments.spreadsheet(true), XLSX);
    expect(attached, 201);
    assertThat(attached.text("gateStatus")).isEqualTo("BLOCKED");
    assertThat(kinds(attached.json())).contains("HIDDEN_SHEET", "PERSONAL_DATA");
    assertThat(attached.json().path("findings").toString())
        .contains("Personnel")
        .doesNotContain("BE812345");
    long spreadsheet = attached.json().path("id").asLong();

    Reply refused = api.post(officer, "/api/v1/requests/" + reference + "/decision", grant());
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("code")).isEqualTo("documentsBlocked");
    assertThat(refused.text("detail")).contains("budget.xlsx");

    Reply csv = api.post(officer, documents + "/" + spreadsheet + "/csv", null);
    expect(csv, 200);
    JsonNode converted = csv.json().get(0);
    assertThat(converted.path("fileName").asText()).isEqualTo("budget.csv");
    assertThat(converted.path("gateStatus").asText()).isEqualTo("CLEAR");
    assertThat(converted.path("derivedFrom").asLong()).isEqualTo(spreadsheet);
    expect(api.send(officer, "DELETE", documents + "/" + spreadsheet, null, Map.of()), 204);

    // Before the decision leaves, the requester sees no document
    assertThat(api.get(citizen, documents).json()).isEmpty();
    expect(api.post(officer, "/api/v1/requests/" + reference + "/decision", grant()), 200);

    Reply released = api.get(citizen, documents);
    expect(released, 200);
    assertThat(released.json()).hasSize(1);
    assertThat(released.json().get(0).path("findings")).isEmpty();
    HttpResponse<byte[]> download =
        api.download(citizen, documents + "/" + converted.path("id").asLong() + "/content");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("budget.csv");
    assertThat(new String(download.body(), StandardCharsets.UTF_8))
        .contains("Routes rurales,1250000")
        .doesNotContain("Karim");
    assertThat(
            api.download(stranger, documents + "/" + converted.path("id").asLong() + "/content")
                .statusCode())
        .isEqualTo(404);
    // Stored in the database, where nothing serves it directly
    assertThat(
            database.count(
                "select count(*) from release_document d join release_document_content c"
                    + " on c.document_id = d.id join information_request r on r.id = d.request_id"
                    + " where r.reference = ?",
                reference))
        .isEqualTo(1);
  }

  @Test
  void anAuthorInTheMetadataAndTextUnderABlackBoxAreBlockedAndOnlyASecondPersonMayOverride()
      throws Exception {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String documents = "/api/v1/requests/" + reference + "/documents";

    Reply word =
        api.upload(
            officer,
            documents + "?name=rapport.docx",
            SampleDocuments.wordDocument("Karim Benali"),
            null);
    expect(word, 201);
    assertThat(word.text("gateStatus")).isEqualTo("BLOCKED");
    assertThat(kinds(word.json())).containsExactly("DOCUMENT_PROPERTY");
    assertThat(word.json().path("findings").toString()).doesNotContain("Karim Benali");

    Reply pdf =
        api.upload(
            officer, documents + "?name=note.pdf", SampleDocuments.pdf(true), "application/pdf");
    expect(pdf, 201);
    assertThat(pdf.text("gateStatus")).isEqualTo("BLOCKED");
    assertThat(kinds(pdf.json())).containsExactly("TEXT_UNDER_BOX");
    long pdfId = pdf.json().path("id").asLong();
    String override = documents + "/" + pdfId + "/override";

    Reply ownOverride = api.post(officer, override, Map.of("reason", "Je l’ai vérifié moi-même."));
    assertThat(ownOverride.status()).isEqualTo(403);
    assertThat(ownOverride.text("code")).isEqualTo("overrideNeedsSecondPerson");
    Reply noReason = api.post(reviewer, override, Map.of());
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
    assertThat(
            database.single(
                "select gate_status from release_document where id = ?", String.class, pdfId))
        .isEqualTo("BLOCKED");

    Reply overridden =
        api.post(
            reviewer,
            override,
            Map.of(
                "reason", "Le nom masqué est celui du signataire, publié au Bulletin officiel."));
    expect(overridden, 200);
    assertThat(overridden.text("gateStatus")).isEqualTo("OVERRIDDEN");
    assertThat(
            database.count(
                "select count(*) from release_document where id = ? and overridden_by is not null"
                    + " and overridden_by <> uploaded_by",
                pdfId))
        .isEqualTo(1);

    // The Word document is still blocked: the decision waits
    assertThat(api.post(officer, "/api/v1/requests/" + reference + "/decision", grant()).status())
        .isEqualTo(422);
    // Its PDF form carries the visible text, in both scripts, and nothing else
    Reply rendition =
        api.post(officer, documents + "/" + word.json().path("id").asLong() + "/pdf", null);
    expect(rendition, 200);
    assertThat(rendition.text("fileName")).isEqualTo("rapport.pdf");
    assertThat(rendition.text("gateStatus")).isEqualTo("CLEAR");
    byte[] renditionPdf =
        api.download(officer, documents + "/" + rendition.json().path("id").asLong() + "/content")
            .body();
    try (var pdfDocument = org.apache.pdfbox.Loader.loadPDF(renditionPdf)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdfDocument))
          .contains("Rapport annuel des marchés publics 2025.")
          .contains("الصفقات العمومية");
      assertThat(pdfDocument.getDocumentInformation().getAuthor()).isNull();
    }
    expect(
        api.send(
            officer, "DELETE", documents + "/" + word.json().path("id").asLong(), null, Map.of()),
        204);
    expect(api.post(officer, "/api/v1/requests/" + reference + "/decision", grant()), 200);

    Reply released = api.get(citizen, documents);
    assertThat(released.json().findValuesAsText("fileName"))
        .containsExactly("note.pdf", "rapport.pdf");
    assertThat(released.json().get(0).path("gateStatus").asText()).isEqualTo("OVERRIDDEN");
    // The body's reasons and the gate's findings stay inside the body
    assertThat(released.raw().body())
        .doesNotContain("Bulletin officiel")
        .doesNotContain("TEXT_UNDER_BOX");
    // Once the decision has left, the documents are as released
    Reply late =
        api.upload(
            officer, documents + "?name=budget.xlsx", SampleDocuments.spreadsheet(false), XLSX);
    assertThat(late.status()).isEqualTo(409);
  }

  @Test
  void uploadsAreCheckedByTheirContentAndSizeAndARefusalCarriesNone() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller foreignOfficer = api.createStaff("OFFICER", api.createBody("EQP"));
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String documents = "/api/v1/requests/" + reference + "/documents";

    Reply program =
        api.upload(
            officer,
            documents + "?name=rapport.pdf",
            "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode"
                .getBytes(StandardCharsets.ISO_8859_1),
            "application/pdf");
    assertThat(program.status()).isEqualTo(415);
    assertThat(program.text("code")).isEqualTo("documentTypeNotAccepted");
    Reply mislabelled =
        api.upload(
            officer,
            documents + "?name=budget.pdf",
            SampleDocuments.spreadsheet(false),
            "application/pdf");
    assertThat(mislabelled.status()).isEqualTo(415);
    assertThat(mislabelled.text("code")).isEqualTo("documentTypeMismatch");
    Reply damaged =
        api.upload(
            officer,
            documents + "?name=note.pdf",
            "%PDF-1.7\n1 0 obj garbage".getBytes(StandardCharsets.US_ASCII),
            "application/pdf");
    assertThat(damaged.status()).isEqualTo(415);
    assertThat(damaged.text("code")).isEqualTo("documentDamaged");
    Reply html =
        api.upload(
            officer,
            documents + "?name=liste.csv",
            "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertThat(html.status()).isEqualTo(415);
    Reply huge =
        api.upload(officer, documents + "?name=big.txt", new byte[21 * 1024 * 1024], "text/plain");
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.text("code")).isEqualTo("documentTooLarge");
    assertThat(huge.text("detail")).contains("20");

    byte[] sheet = SampleDocuments.spreadsheet(false);
    assertThat(api.upload(citizen, documents + "?name=a.xlsx", sheet, XLSX).status())
        .isEqualTo(403);
    assertThat(api.upload(foreignOfficer, documents + "?name=a.xlsx", sheet, XLSX).status())
        .isEqualTo(404);
    assertThat(
            database.count(
                "select count(*) from release_document d join information_request r"
                    + " on r.id = d.request_id where r.reference = ?",
                reference))
        .isZero();

    expect(api.upload(officer, documents + "?name=budget.xlsx", sheet, XLSX), 201);
    Reply refusal =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of(
                "resolution", "REFUSED",
                "refusalGround", "IN_PREPARATION",
                "message", "Le document est en cours d’élaboration."));
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.text("code")).isEqualTo("documentsWithRefusal");
  }

  @Test
  void inTheBrowserAnOfficerFixesABlockedSpreadsheetAndTheAnswerReachesTheRequesterAndThePublic()
      throws Exception {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    String secret = api.setUpSecondFactor(officer);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    java.nio.file.Path file =
        java.nio.file.Files.createTempDirectory("gate").resolve("budget.xlsx");
    java.nio.file.Files.write(file, SampleDocuments.spreadsheet(true));

    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "release-gate-fr")) {
      browser.signIn(officer.email(), officer.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/case.xhtml?ref=" + reference);
      assertThat(browser.text("#noDocuments")).isNotBlank();
      browser.find("#upload\\:file").sendKeys(file.toString());
      browser.follow("#upload\\:attach");
      assertThat(browser.text("li.gate-BLOCKED"))
          .contains("budget.xlsx")
          .contains("Bloqué")
          .contains("Feuille masquée")
          .contains("Personnel")
          .doesNotContain("BE812345");
      browser.check("01-document-blocked");

      browser.follow("li.gate-BLOCKED input[id$=':csv']");
      assertThat(browser.text("li.gate-CLEAR")).contains("budget.csv").contains("Conforme");
      browser.follow("li.gate-BLOCKED input[id$=':remove']");
      assertThat(browser.all("li.gate-BLOCKED")).isEmpty();
      browser.check("02-document-converted");

      browser.click("#decide summary");
      browser.click("#decide\\:resolution input[value='GRANTED']");
      browser.type("#decide\\:message", "Veuillez trouver le budget en pièce jointe.");
      browser.follow("#decide\\:submit");
      assertThat(browser.text(".messages")).contains("Action enregistrée");
      browser.follow("#signout\\:signoutButton");

      // The requester reads the released document, through the page's own session
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/request.xhtml?ref=" + reference);
      String link = browser.find("ul.documents a").getAttribute("href");
      assertThat(browser.text("ul.documents")).contains("budget.csv");
      Object status =
          browser
              .driver()
              .executeAsyncScript(
                  "var done = arguments[arguments.length - 1];"
                      + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));",
                  link);
      assertThat(status.toString()).startsWith("200").contains("Routes rurales");
      browser.check("03-request-documents");
    }

    // Anyone finds the answer in the disclosure log, in Arabic on a phone
    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "disclosure-log-ar")) {
      browser.open("/disclosures.xhtml?body=" + body + "&q=" + Api.encode("routes"));
      assertThat(browser.text("#total")).contains("1");
      browser.check("01-search");
      browser.follow("ol.results a");
      assertThat(browser.text("ul.documents")).contains("budget.csv");
      assertThat(browser.find("a[rel='license']").getAttribute("href"))
          .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
      assertThat(browser.text("main")).doesNotContain("Ouazzani");
      browser.check("02-answer");
    }

    // A citizen writing a similar request is shown the published answer before sending
    Caller another = api.registerCitizen();
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 360, "suggestions-fr")) {
      browser.signIn(another.email(), another.password(), null);
      browser.open("/file.xhtml?body=" + body);
      browser.type("#request\\:subject", "Entretien des routes communales");
      browser.type(
          "#request\\:description", "Je souhaite connaître le budget d'entretien des routes.");
      browser.follow("#request\\:review");
      assertThat(browser.text("#suggestions")).contains("Budget d'entretien des routes 2025");
      browser.check("01-suggestions");
    }
  }

  private static Map<String, Object> grant() {
    return Map.of("resolution", "GRANTED", "message", "Veuillez trouver ci-joint les documents.");
  }

  private static List<String> kinds(JsonNode document) {
    return StreamSupport.stream(document.path("findings").spliterator(), false)
        .map(f -> f.path("kind").asText())
        .distinct()
        .toList();
  }
}
