package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** Each body's record of what it publishes of its own accord (Art. 10), public and kept by it. */
class ProactivePublicationIT extends ApplicationDeployment {

  @Test
  void theBodysStaffDeclareEachCategoryAndThePublicReadsTheRecord() {
    String body = api.createBody("COM");
    Caller officer = api.createStaff("OFFICER", body);
    Caller foreignOfficer = api.createStaff("OFFICER", api.createBody("MIN"));
    Caller citizen = api.registerCitizen();
    String procurement = "/api/v1/bodies/" + body + "/publications/PROCUREMENT";

    Reply missing = api.send(officer, "PUT", procurement, Map.of("status", "PUBLISHED"), Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("url", "lastUpdated");
    Reply future =
        api.send(
            officer,
            "PUT",
            procurement,
            Map.of(
                "status", "PUBLISHED",
                "url", "https://commune.example.ma/marches",
                "lastUpdated", LocalDate.now().plusDays(30).toString()),
            Map.of());
    assertThat(future.status()).isEqualTo(400);
    Reply script =
        api.send(
            officer,
            "PUT",
            procurement,
            Map.of(
                "status", "PUBLISHED", "url", "javascript:alert(1)", "lastUpdated", "2026-01-15"),
            Map.of());
    assertThat(script.status()).isEqualTo(400);
    Map<String, Object> published =
        Map.of(
            "status", "PUBLISHED",
            "url", "https://commune.example.ma/marches",
            "lastUpdated", "2026-01-15");
    assertThat(api.send(citizen, "PUT", procurement, published, Map.of()).status()).isEqualTo(403);
    assertThat(api.send(foreignOfficer, "PUT", procurement, published, Map.of()).status())
        .isEqualTo(403);
    Reply declared = api.send(officer, "PUT", procurement, published, Map.of());
    expect(declared, 200);
    assertThat(declared.text("status")).isEqualTo("PUBLISHED");

    String elections = "/api/v1/bodies/" + body + "/publications/ELECTION_RESULTS";
    assertThat(
            api.send(officer, "PUT", elections, Map.of("status", "NOT_APPLICABLE"), Map.of())
                .status())
        .isEqualTo(400);
    expect(
        api.send(
            officer,
            "PUT",
            elections,
            Map.of("status", "NOT_APPLICABLE", "note", "La commune n’organise pas d’élections."),
            Map.of()),
        200);

    Reply record = api.get(Caller.ANONYMOUS, "/api/v1/bodies/" + body + "/publications");
    expect(record, 200);
    assertThat(record.json()).hasSize(19);
    JsonNode first = record.json().get(0);
    assertThat(first.path("category").asText()).isEqualTo("TREATIES");
    assertThat(first.path("status").asText()).isEqualTo("NOT_DECLARED");
    assertThat(record.json().findValuesAsText("status"))
        .containsOnlyOnce("PUBLISHED", "NOT_APPLICABLE");
    Reply csv = api.get(Caller.ANONYMOUS, "/api/v1/public/publications?format=csv");
    assertThat(csv.raw().body())
        .contains(
            body + "\",PROCUREMENT,PUBLISHED,\"https://commune.example.ma/marches\",2026-01-15");
    assertThat(
            database.count(
                "select count(*) from proactive_publication p join body b on b.id = p.body_id"
                    + " where b.code = ?",
                body))
        .isEqualTo(2);
  }

  @Test
  void theHeadUpdatesACategoryOnThePageAndAnyoneReadsItInArabic() {
    String body = api.createBody("COM");
    Caller head = api.createStaff("HEAD", body);
    String secret = api.setUpSecondFactor(head);
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "publications-fr")) {
      browser.signIn(head.email(), head.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/publications.xhtml?body=" + body);
      assertThat(browser.text("#summary")).contains("0").contains("19");
      String form = "#category-REPORTS_AND_STUDIES";
      browser.click(form + " summary");
      new Select(browser.find(form + " select")).selectByValue("PUBLISHED");
      browser.type(form + " input[id$=':url']", "https://commune.example.ma/rapports");
      // A date field's typing order follows the browser's locale: set its value as the form sends
      // it
      browser
          .driver()
          .executeScript(
              "arguments[0].value = '2026-03-15'", browser.find(form + " input[id$=':updated']"));
      browser.follow(form + " input[id$=':save']");
      assertThat(browser.text(".messages")).as(browser.text("main")).contains("Action enregistrée");
      assertThat(browser.text(form))
          .contains("Publiée")
          .contains("https://commune.example.ma/rapports");
      assertThat(browser.text("#summary")).contains("1");
      browser.check("01-declared");
    }
    assertThat(
            database.single(
                "select last_updated from proactive_publication p join body b on b.id = p.body_id"
                    + " where b.code = ? and category = 'REPORTS_AND_STUDIES'",
                LocalDate.class,
                body))
        .isEqualTo(LocalDate.of(2026, 3, 15));
    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "publications-ar")) {
      browser.open("/publications.xhtml?body=" + body);
      assertThat(browser.text("#category-REPORTS_AND_STUDIES")).contains("منشورة");
      assertThat(browser.all("#category-REPORTS_AND_STUDIES details")).isEmpty();
      browser.check("01-record");
    }
  }
}
