package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The single window: filed without a body, routed by the central unit; the legal period starts when
 * the competent body receives the request.
 */
class SingleWindowIT extends ApplicationDeployment {

  @Test
  void aRequestFiledToTheSingleWindowIsRoutedAndItsClockStartsAtTheBody() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller router = api.createRoutingOfficer();
    Caller citizen = api.registerCitizen();
    Caller stranger = api.registerCitizen();
    // A past answer of the body that shares the request's words makes it the first suggestion
    Map<String, Object> wells = Api.request(body);
    wells.put("subject", "Registre des puits artésiens autorisés");
    wells.put("description", "Je demande le registre des puits artésiens autorisés en 2025.");
    String earlier = api.post(citizen, "/api/v1/requests", wells).text("reference");
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + earlier + "/decision",
            Map.of("resolution", "GRANTED", "message", "Voici le budget d'entretien.")),
        200);

    Map<String, Object> text = Api.request(body);
    text.remove("bodyCode");
    text.put("subject", "Puits artésiens de la province");
    text.put("description", "Combien de puits artésiens ont été autorisés dans la province ?");
    Reply filed = api.post(citizen, "/api/v1/single-window", text);
    expect(filed, 201);
    String reference = filed.text("reference");
    assertThat(reference).matches("GU-\\d{4}-\\d{6}");
    assertThat(filed.text("status")).isEqualTo("AWAITING_ROUTING");
    // No legal period runs, and nothing reached a body
    assertThat(
            database.count(
                "select count(*) from information_request r join body b on b.id = r.body_id"
                    + " where b.code = ? and r.subject = 'Puits artésiens de la province'",
                body))
        .isZero();

    assertThat(api.get(stranger, "/api/v1/single-window/" + reference).status()).isEqualTo(404);
    assertThat(api.get(officer, "/api/v1/single-window/queue").status()).isEqualTo(403);
    Reply queue = api.get(router, "/api/v1/single-window/queue");
    expect(queue, 200);
    assertThat(queue.json().findValuesAsText("reference")).contains(reference);
    Reply suggestions = api.get(router, "/api/v1/single-window/" + reference + "/suggestions");
    expect(suggestions, 200);
    assertThat(suggestions.json().get(0).path("code").asText()).isEqualTo(body);

    Reply unknown =
        api.post(
            router,
            "/api/v1/single-window/" + reference + "/routing",
            Map.of("bodyCode", "NO-SUCH-BODY"));
    assertThat(unknown.status()).isEqualTo(400);
    Instant before = Instant.now();
    Reply routed =
        api.post(
            router,
            "/api/v1/single-window/" + reference + "/routing",
            Map.of("bodyCode", body, "note", "Compétence du ministère."));
    expect(routed, 200);
    assertThat(routed.text("status")).isEqualTo("ROUTED");
    String requestReference = routed.text("requestReference");
    assertThat(routed.json().path("routingHours").asLong()).isZero();
    assertThat(
            api.post(
                    router,
                    "/api/v1/single-window/" + reference + "/routing",
                    Map.of("bodyCode", body))
                .status())
        .isEqualTo(409);

    // The body received it now: its clock runs from the routing, by the single-window channel
    Reply request = api.get(citizen, "/api/v1/requests/" + requestReference);
    expect(request, 200);
    assertThat(request.text("channel")).isEqualTo("SINGLE_WINDOW");
    assertThat(Instant.parse(request.text("receivedAt"))).isAfterOrEqualTo(before.minusSeconds(1));
    assertThat(LocalDate.parse(request.text("receivedOn"))).isEqualTo(LawTime.today());
    Reply origin = api.get(citizen, "/api/v1/requests/" + requestReference + "/origin");
    expect(origin, 200);
    assertThat(origin.text("reference")).isEqualTo(reference);
    assertThat(api.get(citizen, "/api/v1/requests/" + earlier + "/origin").status()).isEqualTo(204);
    assertThat(
            api.get(officer, "/api/v1/requests/" + requestReference + "/events")
                .json()
                .findValuesAsText("type"))
        .contains("REQUEST_FILED", "ROUTED_BY_SINGLE_WINDOW");
    // The body's receipt goes to the requester, with the due date counted from the routing
    assertThat(
            database.count(
                "select count(*) from outbox_message m join information_request r"
                    + " on r.id = m.request_id where r.reference = ? and m.recipient = ?"
                    + " and m.dedupe_key like '%receipt%'",
                requestReference, citizen.email()))
        .isEqualTo(1);
  }

  @Test
  void theRequesterMayWithdrawBeforeRoutingAndNobodyElseMay() {
    Caller router = api.createRoutingOfficer();
    Caller citizen = api.registerCitizen();
    Map<String, Object> text = Api.request("ANY");
    text.remove("bodyCode");
    String reference = api.post(citizen, "/api/v1/single-window", text).text("reference");

    assertThat(
            api.post(router, "/api/v1/single-window/" + reference + "/withdrawal", null).status())
        .isEqualTo(403);
    Reply withdrawn = api.post(citizen, "/api/v1/single-window/" + reference + "/withdrawal", null);
    expect(withdrawn, 200);
    assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
    assertThat(api.get(router, "/api/v1/single-window/queue").json().findValuesAsText("reference"))
        .doesNotContain(reference);
    Reply bad = api.post(citizen, "/api/v1/single-window", Map.of("subject", "x"));
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void inTheBrowserACitizenFilesToTheSingleWindowAndTheCentralUnitRoutesIt() {
    // to a body of a national catalogue that no first page of a search lists
    String body = api.createBodyBeyondFirstPage();
    Caller router = api.createRoutingOfficer();
    String secret = api.setUpSecondFactor(router);
    Caller citizen = api.registerCitizen();
    String reference;
    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "single-window-ar")) {
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/file.xhtml");
      new Select(browser.find("#request\\:body")).selectByValue("single-window");
      browser.type("#request\\:subject", "عدد الأطباء في المستشفيات العمومية");
      browser.type(
          "#request\\:description", "أطلب عدد الأطباء العاملين في كل مستشفى عمومي سنة 2025.");
      browser.follow("#request\\:review");
      browser.check("01-review");
      browser.follow("#request\\:send");
      reference = browser.text("#reference");
      assertThat(reference).startsWith("GU-");
      assertThat(browser.text("#status")).isEqualTo("في انتظار التوجيه");
      browser.check("02-filed");
    }
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "single-window-fr")) {
      browser.signIn(router.email(), router.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/routing.xhtml");
      String item = "#routing-" + reference;
      assertThat(browser.text(item)).contains("الأطباء");
      // the catalogue once on the page, the body typed and chosen from it
      assertThat(browser.all("datalist#catalogue option[value='" + body + "']")).hasSize(1);
      // a name typed and not chosen from the list is told, not taken
      browser.type(item + " input[list='catalogue']", "Ministère du test");
      browser.follow(item + " input[id$=':route']");
      assertThat(browser.text(".messages")).contains("Choisissez l’organisme dans la liste");
      browser.type(item + " input[list='catalogue']", body);
      browser.follow(item + " input[id$=':route']");
      assertThat(browser.text(".messages")).contains("Action enregistrée");
      assertThat(browser.all(item)).isEmpty();
      browser.check("01-routed");
    }
    try (Browser browser =
        new Browser(TestSettings.baseUrl(), "fr", 360, "single-window-citizen-fr")) {
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/routing-request.xhtml?ref=" + reference);
      assertThat(browser.text("#status")).isEqualTo("Orientée");
      assertThat(browser.text("#routingHours")).isEqualTo("0");
      browser.follow("#routedTo a");
      assertThat(browser.text("#origin")).contains(reference);
      browser.check("01-request-at-the-body");
    }
  }
}
