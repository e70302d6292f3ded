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
  void anAuthorInTheMetadataAndTextUnderABlackBoxAreBlockedAndOnlyASecondPersonMayOverride() {
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
    expect(
        api.send(
            officer, "DELETE", documents + "/" + word.json().path("id").asLong(), null, Map.of()),
        204);
    expect(api.post(officer, "/api/v1/requests/" + reference + "/decision", grant()), 200);

    Reply released = api.get(citizen, documents);
    assertThat(released.json()).hasSize(1);
    assertThat(released.json().get(0).path("fileName").asText()).isEqualTo("note.pdf");
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
