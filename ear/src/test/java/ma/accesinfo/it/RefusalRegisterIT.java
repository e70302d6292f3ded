package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** The public register of refusals: entered once sent, never naming anyone, chained, checkable. */
class RefusalRegisterIT extends ApplicationDeployment {

  @Test
  void aRefusalIsEnteredOnceSentWithItsJustificationAndThenTheHeadsDecision() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller head = api.createStaff("HEAD", body);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String justification = "Les rapports nomment des agents et décrivent leur état de santé.";
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of(
                "resolution", "REFUSED",
                "refusalGround", "EXEMPTION",
                "exemptions", List.of("PRIVATE_LIFE"),
                "publicJustification", justification,
                "message", "Refus motivé.")),
        200);

    // Not yet sent: nothing in the register
    assertThat(api.get(Caller.ANONYMOUS, "/api/v1/public/refusals?body=" + body).json()).isEmpty();
    expect(
        api.post(reviewer, "/api/v1/requests/" + reference + "/review", Map.of("approved", true)),
        200);

    Reply register = api.get(Caller.ANONYMOUS, "/api/v1/public/refusals?body=" + body);
    expect(register, 200);
    assertThat(register.json()).hasSize(1);
    JsonNode entry = register.json().get(0);
    assertThat(entry.path("kind").asText()).isEqualTo("DECISION");
    assertThat(entry.path("refusalGround").asText()).isEqualTo("EXEMPTION");
    assertThat(entry.path("exemptions").get(0).asText()).isEqualTo("PRIVATE_LIFE");
    assertThat(entry.path("publicJustification").asText()).isEqualTo(justification);
    // Nothing that names or points at the requester
    assertThat(register.raw().body())
        .doesNotContain(citizen.email())
        .doesNotContain("Ouazzani")
        .doesNotContain("AB123456")
        .doesNotContain(reference);

    // The head upholds it: a new entry refers to the first, which stays as it was
    String complaint =
        api.post(
                citizen,
                "/api/v1/requests/" + reference + "/complaints",
                Map.of("grounds", "Un refus total n’est pas justifié."))
            .text("reference");
    expect(
        api.post(
            head,
            "/api/v1/complaints/" + complaint + "/decision",
            Map.of("decision", "UPHELD", "reasons", "Les données de santé sont protégées.")),
        200);
    Reply after = api.get(Caller.ANONYMOUS, "/api/v1/public/refusals?body=" + body);
    assertThat(after.json()).hasSize(2);
    assertThat(after.json().get(0).path("kind").asText()).isEqualTo("HEAD_DECISION");
    assertThat(after.json().get(0).path("outcome").asText()).isEqualTo("UPHELD");
    assertThat(after.json().get(0).path("refersTo").asLong()).isEqualTo(entry.path("seq").asLong());

    // Filters, CSV, and a bad filter named in the answer
    assertThat(
            api.get(
                    Caller.ANONYMOUS,
                    "/api/v1/public/refusals?body=" + body + "&exemption=PRIVATE_LIFE")
                .json())
        .hasSize(1);
    assertThat(
            api.get(Caller.ANONYMOUS, "/api/v1/public/refusals?body=" + body + "&outcome=UPHELD")
                .json())
        .hasSize(1);
    Reply csv = api.get(Caller.ANONYMOUS, "/api/v1/public/refusals?body=" + body + "&format=csv");
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.raw().body()).contains(justification).contains("PRIVATE_LIFE");
    Reply bad = api.get(Caller.ANONYMOUS, "/api/v1/public/refusals?exemption=NOT_A_CODE");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("exemption");
  }

  @Test
  void theRegisterRefusesChangesAndItsChainShowsATamperedEntry() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of(
                "resolution", "REFUSED",
                "refusalGround", "IN_PREPARATION",
                "message", "Le document est en cours d’élaboration.")),
        200);
    expect(
        api.post(reviewer, "/api/v1/requests/" + reference + "/review", Map.of("approved", true)),
        200);
    long seq =
        api.get(Caller.ANONYMOUS, "/api/v1/public/refusals?body=" + body)
            .json()
            .get(0)
            .path("seq")
            .asLong();

    Reply intact = api.get(Caller.ANONYMOUS, "/api/v1/public/refusals/verification");
    assertThat(intact.json().path("intact").asBoolean()).isTrue();
    assertThatThrownBy(
            () ->
                database.update(
                    "update refusal_register_entry set refusal_ground = 'UNCLEAR' where seq = ?",
                    seq))
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> database.update("delete from refusal_register_entry where seq = ?", seq))
        .hasMessageContaining("append-only");

    database.script(
        "set session_replication_role = replica",
        "update refusal_register_entry set refusal_ground = 'UNCLEAR' where seq = " + seq,
        "set session_replication_role = origin");
    try {
      Reply broken = api.get(Caller.ANONYMOUS, "/api/v1/public/refusals/verification");
      assertThat(broken.json().path("intact").asBoolean()).isFalse();
      assertThat(broken.json().path("firstBrokenSeq").asLong()).isEqualTo(seq);
    } finally {
      database.script(
          "set session_replication_role = replica",
          "update refusal_register_entry set refusal_ground = 'IN_PREPARATION' where seq = " + seq,
          "set session_replication_role = origin");
    }
    assertThat(
            api.get(Caller.ANONYMOUS, "/api/v1/public/refusals/verification")
                .json()
                .path("intact")
                .asBoolean())
        .isTrue();

    // The public page shows the entry to anyone, and is accessible
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 360, "register-fr")) {
      browser.open("/refusals.xhtml?body=" + body);
      assertThat(browser.text("#entry-" + seq)).contains("En cours d’élaboration");
      browser.check("01-register");
    }
  }

  @Test
  void theOpenDataCatalogueIsValidJsonLdAndEachDatasetHasItsLicenceAndWorkingDownloads()
      throws Exception {
    Reply catalogue = api.get(Caller.ANONYMOUS, "/api/v1/public/catalogue");
    expect(catalogue, 200);
    assertThat(catalogue.header("Content-Type")).startsWith("application/ld+json");
    // A JSON-LD processor expands it without error, into DCAT terms
    jakarta.json.JsonArray expanded =
        com.apicatalog.jsonld.JsonLd.expand(
                com.apicatalog.jsonld.document.JsonDocument.of(
                    new java.io.StringReader(catalogue.raw().body())))
            .get();
    assertThat(expanded.toString())
        .contains("http://www.w3.org/ns/dcat#Catalog")
        .contains("http://www.w3.org/ns/dcat#Dataset")
        .contains("http://purl.org/dc/terms/license");
    JsonNode datasets = catalogue.json().path("dcat:dataset");
    assertThat(datasets.findValuesAsText("dct:identifier"))
        .containsExactlyInAnyOrder(
            "refusal-register", "disclosure-log", "statistics", "proactive-publication");
    for (JsonNode dataset : datasets) {
      assertThat(dataset.path("dct:license").path("@id").asText())
          .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
      assertThat(dataset.path("dct:title").findValuesAsText("@language")).contains("ar", "fr");
      for (JsonNode distribution : dataset.path("dcat:distribution")) {
        String url = distribution.path("dcat:downloadURL").path("@id").asText();
        String path = url.substring(url.indexOf("/api/v1/"));
        Reply download = api.get(Caller.ANONYMOUS, path);
        assertThat(download.status()).as(path).isEqualTo(200);
        assertThat(download.header("Content-Type"))
            .startsWith(distribution.path("dcat:mediaType").asText());
      }
    }
  }
}
