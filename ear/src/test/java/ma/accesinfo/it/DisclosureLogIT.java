package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import ma.accesinfo.infrastructure.documents.SampleDocuments;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** The public disclosure log: released answers, pseudonymised, searchable, open data. */
class DisclosureLogIT extends ApplicationDeployment {

  @Test
  void aReleasedAnswerIsPublishedUnderAPseudonymWithoutPersonalDataWithItsDocuments()
      throws Exception {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    Map<String, Object> filed = Api.request(body);
    filed.put(
        "description",
        "Je suis Fatima Zahra Ouazzani (tél. 0661234567) et je demande le budget d'entretien"
            + " des routes communales en 2025.");
    String reference = api.post(citizen, "/api/v1/requests", filed).text("reference");
    expect(
        api.upload(
            officer,
            "/api/v1/requests/" + reference + "/documents?name=budget.pdf",
            SampleDocuments.pdf(false),
            "application/pdf"),
        201);
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of(
                "resolution",
                "GRANTED",
                "message",
                "Madame Ouazzani, voici le budget des routes communales. Pour toute question :"
                    + " fatima.ouazzani@example.ma")),
        200);

    Reply log = api.get(Caller.ANONYMOUS, "/api/v1/public/disclosures?body=" + body);
    expect(log, 200);
    assertThat(log.json().path("total").asLong()).isEqualTo(1);
    assertThat(log.json().path("licence").asText())
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    JsonNode entry = log.json().path("entries").get(0);
    assertThat(entry.path("pseudonym").asText()).matches("D-[A-Z2-9]{6}");
    assertThat(entry.path("answer").asText()).contains("voici le budget").contains("[…]");
    assertThat(entry.path("requestText").asText()).contains("routes communales");
    assertThat(entry.path("documents").asInt()).isEqualTo(1);
    assertThat(log.raw().body())
        .doesNotContain("Ouazzani")
        .doesNotContain("0661234567")
        .doesNotContain("fatima")
        .doesNotContain(citizen.email())
        .doesNotContain("AB123456")
        .doesNotContain(reference);

    long id = entry.path("id").asLong();
    Reply one = api.get(Caller.ANONYMOUS, "/api/v1/public/disclosures/" + id);
    expect(one, 200);
    JsonNode document = one.json().path("documents").get(0);
    assertThat(document.path("fileName").asText()).isEqualTo("budget.pdf");
    HttpResponse<byte[]> download =
        api.download(
            Caller.ANONYMOUS,
            "/api/v1/public/disclosures/"
                + id
                + "/documents/"
                + document.path("id").asLong()
                + "/content");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(download.headers().firstValue("Link").orElseThrow()).contains("licenses/by/4.0");
    assertThat(api.get(Caller.ANONYMOUS, "/api/v1/public/disclosures/" + (id + 100_000)).status())
        .isEqualTo(404);

    Reply csv =
        api.get(Caller.ANONYMOUS, "/api/v1/public/disclosures/export?format=csv&body=" + body);
    expect(csv, 200);
    assertThat(csv.raw().body())
        .startsWith("id,decided_on,body,resolution,pseudonym")
        .contains(entry.path("pseudonym").asText())
        .doesNotContain("Ouazzani");
    Reply json =
        api.get(Caller.ANONYMOUS, "/api/v1/public/disclosures/export?format=json&body=" + body);
    expect(json, 200);
    JsonNode all = new ObjectMapper().readTree(json.raw().body());
    assertThat(all).hasSize(1);
    assertThat(all.get(0).path("pseudonym").asText()).isEqualTo(entry.path("pseudonym").asText());
  }

  @Test
  void anOfficerKeepsAnAnswerOutOfTheLogOnlyWithAReasonAndNeverARefusal() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    Reply refusal =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of(
                "resolution", "REFUSED",
                "refusalGround", "IN_PREPARATION",
                "message", "En cours d’élaboration.",
                "unpublishedReason", "Sans objet."));
    assertThat(refusal.status()).isEqualTo(422);
    assertThat(refusal.text("code")).isEqualTo("unpublishedReasonOnlyForReleases");

    String reason = "La réponse décrit la situation de santé du demandeur, qui l’a demandée.";
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of(
                "resolution", "GRANTED",
                "message", "Voici votre dossier.",
                "unpublishedReason", reason)),
        200);
    assertThat(api.get(citizen, "/api/v1/requests/" + reference).text("status"))
        .isEqualTo("ANSWERED");
    assertThat(
            api.get(Caller.ANONYMOUS, "/api/v1/public/disclosures?body=" + body)
                .json()
                .path("total")
                .asLong())
        .isZero();
    assertThat(
            database.single(
                "select disclosure_withheld_reason from information_request where reference = ?",
                String.class,
                reference))
        .isEqualTo(reason);
  }

  @Test
  void searchFindsArabicAndFrenchWordsInTheirInflectedFormsAndSuggestsBeforeFiling() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    String french = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    Map<String, Object> arabic = Api.request(body);
    arabic.put("subject", "ميزانية بناء المدرسة الجماعية");
    arabic.put("description", "أطلب الاطلاع على كلفة بناء المدرسة الجماعية سنة 2025.");
    arabic.put("language", "ar");
    String arabicReference = api.post(citizen, "/api/v1/requests", arabic).text("reference");
    Map<String, Object> accented = Api.request(body);
    accented.put("subject", "Équipement de l'école primaire");
    accented.put(
        "description", "Je demande le coût de l'équipement de l'école primaire du quartier.");
    String accentedReference = api.post(citizen, "/api/v1/requests", accented).text("reference");
    for (String reference : List.of(french, arabicReference, accentedReference)) {
      expect(
          api.post(
              officer,
              "/api/v1/requests/" + reference + "/decision",
              Map.of(
                  "resolution",
                  "GRANTED",
                  "message",
                  reference.equals(accentedReference)
                      ? "L'équipement de l'école primaire coûte 120 000 dirhams."
                      : "Voici les chiffres demandés.")),
          200);
    }

    // "route" finds "routes"; "مدرسة" (a school) finds "المدرسة" (the school)
    assertThat(subjects("route", body)).containsExactly("Budget d'entretien des routes 2025");
    assertThat(subjects("مدرسة", body)).containsExactly("ميزانية بناء المدرسة الجماعية");
    assertThat(subjects("budgets entretien", body)).hasSize(1);
    assertThat(subjects("hôpital", body)).isEmpty();
    // Accents fold in French: typed without them (or in capitals), words are found with them
    assertThat(subjects("equipement ecole", body))
        .containsExactly("Équipement de l'école primaire");
    assertThat(subjects("ÉCOLE", body)).containsExactly("Équipement de l'école primaire");
    // French stop words go, accented or not: "à" is not taken for the word "a"
    assertThat(subjects("équipement à l'école", body))
        .containsExactly("Équipement de l'école primaire");
    Reply folded =
        api.get(
            Caller.ANONYMOUS,
            "/api/v1/public/disclosures?body=" + body + "&q=" + Api.encode("cout"));
    // the excerpt shows the answer as written, the word found marked
    assertThat(folded.json().path("entries").get(0).path("excerpt").asText()).contains("«coûte»");
    Reply ranked =
        api.get(
            Caller.ANONYMOUS,
            "/api/v1/public/disclosures?body=" + body + "&q=" + Api.encode("المدرسة"));
    assertThat(ranked.json().path("entries").get(0).path("excerpt").asText()).isNotBlank();

    Reply suggestions =
        api.get(
            Caller.ANONYMOUS,
            "/api/v1/public/suggestions?q="
                + Api.encode("Je voudrais connaître l'entretien des routes de ma commune"));
    expect(suggestions, 200);
    assertThat(suggestions.json().findValuesAsText("subject"))
        .contains("Budget d'entretien des routes 2025");

    Reply badPage = api.get(Caller.ANONYMOUS, "/api/v1/public/disclosures?page=0");
    assertThat(badPage.status()).isEqualTo(400);
    assertThat(badPage.json().path("errors").get(0).path("field").asText()).isEqualTo("page");
    Reply longWords =
        api.get(Caller.ANONYMOUS, "/api/v1/public/disclosures?q=" + "mot+".repeat(80));
    assertThat(longWords.status()).isEqualTo(400);
  }

  private List<String> subjects(String words, String body) {
    Reply found =
        api.get(
            Caller.ANONYMOUS,
            "/api/v1/public/disclosures?body=" + body + "&q=" + Api.encode(words));
    expect(found, 200);
    return found.json().path("entries").findValuesAsText("subject");
  }
}
