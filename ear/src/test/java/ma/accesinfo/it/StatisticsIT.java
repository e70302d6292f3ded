package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** Statistics from known requests: the figures, their open data, and the public page. */
class StatisticsIT extends ApplicationDeployment {

  @Test
  void theFiguresOfABodyFollowItsRequestsAndArePublishedAsOpenData() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
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
                "refusalGround", "IN_PREPARATION",
                "message", "En cours d’élaboration.")),
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

    int year = LawTime.today().getYear();
    Reply found =
        api.get(Caller.ANONYMOUS, "/api/v1/public/statistics?year=" + year + "&body=" + body);
    expect(found, 200);
    JsonNode f = found.json().path("figures");
    assertThat(f.path("received").asLong()).isEqualTo(3);
    assertThat(f.path("closed").asLong()).isEqualTo(2);
    assertThat(f.path("pendingAtEnd").asLong()).isEqualTo(1);
    assertThat(f.path("extended").asLong()).isEqualTo(1);
    assertThat(f.path("outcomes").path("GRANTED").asLong()).isEqualTo(1);
    assertThat(f.path("outcomes").path("REFUSED").asLong()).isEqualTo(1);
    assertThat(f.path("byChannel").path("ONLINE").asLong()).isEqualTo(3);
    assertThat(f.path("answered").asLong()).isEqualTo(2);
    assertThat(f.path("answeredOnTime").asLong()).isEqualTo(2);
    assertThat(f.path("medianDays").asDouble()).isZero();
    assertThat(f.path("bands").path("0-5").asLong()).isEqualTo(2);

    Reply national = api.get(Caller.ANONYMOUS, "/api/v1/public/statistics?year=" + year);
    assertThat(national.json().path("figures").path("received").asLong()).isGreaterThanOrEqualTo(3);
    Reply csv =
        api.get(
            Caller.ANONYMOUS,
            "/api/v1/public/statistics?year=" + year + "&body=" + body + "&format=csv");
    assertThat(csv.raw().body())
        .contains("received,3\r\n")
        .contains("outcome_REFUSED,1\r\n")
        .contains("answered_on_time,2\r\n");
    Reply byBody =
        api.get(Caller.ANONYMOUS, "/api/v1/public/statistics/bodies?year=" + year + "&format=csv");
    assertThat(byBody.raw().body()).contains("\"" + body + "\",3,2,2,1,1,0.0\r\n");

    // Figures are kept a few minutes, and say when they were computed: a request filed since is
    // not counted yet, whoever asks
    String asOf = found.text("asOf");
    assertThat(java.time.Instant.parse(asOf)).isBefore(java.time.Instant.now());
    expect(api.post(citizen, "/api/v1/requests", Api.request(body)), 201);
    Reply again =
        api.get(Caller.ANONYMOUS, "/api/v1/public/statistics?year=" + year + "&body=" + body);
    assertThat(again.json().path("figures").path("received").asLong()).isEqualTo(3);
    assertThat(again.text("asOf")).isEqualTo(asOf);

    Reply badYear = api.get(Caller.ANONYMOUS, "/api/v1/public/statistics?year=1999");
    assertThat(badYear.status()).isEqualTo(400);
    assertThat(badYear.json().path("errors").get(0).path("field").asText()).isEqualTo("year");

    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "statistics-ar")) {
      browser.open("/statistics.xhtml?body=" + body);
      assertThat(browser.text("#received")).isEqualTo("3");
      assertThat(browser.text("#as-of"))
          .contains(
              java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                  .format(java.time.Instant.parse(asOf).atZone(LawTime.ZONE)));
      assertThat(browser.text("#onTime")).isEqualTo("100 %");
      assertThat(browser.text("#outcomes")).contains("رفض");
      browser.check("01-body");
      browser.open("/statistics.xhtml");
      assertThat(browser.text("#byBody")).contains(body.substring(0, 3));
      browser.check("02-national");
    }
  }
}
