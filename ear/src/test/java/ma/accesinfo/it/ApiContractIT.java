package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** The API's contract: public directory, registration, error answers, sign-in, OpenAPI. */
class ApiContractIT extends ApplicationDeployment {

  @Test
  void malformedJsonIsRefusedWithAProblemAndStoresNothing() {
    long accounts = database.count("select count(*) from account");

    Reply reply =
        api.send(
            Caller.ANONYMOUS,
            "POST",
            "/api/v1/accounts",
            "{\"email\": \"a@b.ma\", ",
            Map.of("Accept-Language", "en"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.text("code")).isEqualTo("malformedJson");
    assertThat(reply.text("detail")).contains("not valid JSON");
    assertThat(database.count("select count(*) from account")).isEqualTo(accounts);
  }

  @Test
  void aRegistrationWithoutAnIdentityDocumentIsRefusedNamingTheFieldInTheCallersLanguage() {
    String email = "no-cin." + UUID.randomUUID() + "@it.accesinfo.ma";
    Map<String, Object> registration = Api.citizen(email, "Citizen-Passw0rd");
    registration.remove("nationalId");

    Reply french =
        api.send(
            Caller.ANONYMOUS,
            "POST",
            "/api/v1/accounts",
            registration,
            Map.of("Accept-Language", "fr-MA, fr;q=0.9"));
    Reply arabic =
        api.send(
            Caller.ANONYMOUS,
            "POST",
            "/api/v1/accounts",
            registration,
            Map.of("Accept-Language", "ar"));

    assertThat(french.status()).isEqualTo(400);
    assertThat(french.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(french.json())).containsExactly("nationalId");
    assertThat(french.json().get("errors").get(0).get("code").asText())
        .isEqualTo("identityDocumentRequired");
    assertThat(french.json().get("errors").get(0).get("message").asText())
        .contains("carte nationale d’identité");
    assertThat(french.header("Content-Language")).isEqualTo("fr");
    assertThat(arabic.json().get("errors").get(0).get("message").asText())
        .contains("البطاقة الوطنية للتعريف");
    assertThat(database.count("select count(*) from account where lower(email) = ?", email))
        .isZero();
  }

  @Test
  void everyInvalidFieldIsListedAtOnceAndNoRequestIsStored() {
    Caller citizen = api.registerCitizen();
    long requests = database.count("select count(*) from information_request");
    Map<String, Object> invalid = Api.request("NO-SUCH-BODY");
    invalid.put("deliveryMode", "PIGEON");
    invalid.put("subject", "   ");
    invalid.put("urgent", true);

    Reply reply =
        api.send(citizen, "POST", "/api/v1/requests", invalid, Map.of("Accept-Language", "en"));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(fields(reply.json()))
        .containsExactlyInAnyOrder("bodyCode", "subject", "deliveryMode", "urgencyReason");
    assertThat(database.count("select count(*) from information_request")).isEqualTo(requests);
  }

  @Test
  void aRequestWithAnEmptyBodyOrOfTheWrongTypeIsRefused() {
    Caller citizen = api.registerCitizen();
    Reply empty =
        api.send(
            citizen, "POST", "/api/v1/requests", "", Map.of("Content-Type", "application/json"));
    Reply wrongType =
        api.send(
            citizen,
            "POST",
            "/api/v1/requests",
            "bodyCode=X",
            Map.of("Content-Type", "text/plain"));

    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(wrongType.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void anEmailCanRegisterOnlyOnce() {
    Caller citizen = api.registerCitizen();

    Reply again =
        api.post(
            Caller.ANONYMOUS,
            "/api/v1/accounts",
            Api.citizen(citizen.email().toUpperCase(), "Another-Passw0rd"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(
            database.count("select count(*) from account where lower(email) = ?", citizen.email()))
        .isEqualTo(1);
  }

  @Test
  void theDirectoryOfBodiesIsPublicAndSearchable() {
    String code = api.createBody("MIN");

    Reply byCode = api.get(Caller.ANONYMOUS, "/api/v1/bodies?q=" + code.toLowerCase());
    Reply byArabicName =
        api.get(
            Caller.ANONYMOUS,
            "/api/v1/bodies?q="
                + java.net.URLEncoder.encode(
                    "وزارة الاختبار " + code, java.nio.charset.StandardCharsets.UTF_8));

    expect(byCode, 200);
    assertThat(byCode.json()).hasSize(1);
    JsonNode body = byCode.json().get(0);
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("nameFr").asText()).isEqualTo("Ministère du test " + code);
    assertThat(body.get("nameAr").asText()).isEqualTo("وزارة الاختبار " + code);
    assertThat(body.get("kind").asText()).isEqualTo("MINISTRY");
    assertThat(byArabicName.json().get(0).get("code").asText()).isEqualTo(code);
    // A search too long is refused, not taken for no search at all
    Reply tooLong = api.get(Caller.ANONYMOUS, "/api/v1/bodies?q=" + "a".repeat(101));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("errors").get(0).path("field").asText()).isEqualTo("q");
    // Typed without accents, or with the hamza the name is written without
    for (String typed : List.of("ministere du TEST " + code, "وزارة الإختبار " + code)) {
      Reply folded = api.get(Caller.ANONYMOUS, "/api/v1/bodies?q=" + Api.encode(typed));
      expect(folded, 200);
      assertThat(folded.json()).as(typed).hasSize(1);
      assertThat(folded.json().get(0).get("code").asText()).isEqualTo(code);
    }
  }

  @Test
  void onlyAnAdministratorCreatesBodiesAndStaffAccounts() {
    Caller citizen = api.registerCitizen();

    Reply body =
        api.post(
            citizen,
            "/api/v1/bodies",
            Map.of(
                "code",
                "EVIL-" + UUID.randomUUID().toString().substring(0, 6),
                "kind",
                "MINISTRY",
                "nameAr",
                "x",
                "nameFr",
                "x"));
    Reply staff =
        api.post(
            citizen,
            "/api/v1/accounts/staff",
            Map.of(
                "email",
                "x@y.ma",
                "password",
                "Passw0rd-long",
                "firstName",
                "a",
                "lastName",
                "b",
                "roles",
                List.of(Map.of("role", "ADMIN"))));
    Reply anonymous =
        api.post(Caller.ANONYMOUS, "/api/v1/accounts/staff", Map.of("email", "x@y.ma"));

    assertThat(body.status()).isEqualTo(403);
    assertThat(staff.status()).isEqualTo(403);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(database.count("select count(*) from account where email = 'x@y.ma'")).isZero();
  }

  @Test
  void aStaffAccountHoldsItsRoleForItsBodyAndSignsIn() {
    String code = api.createBody("COM");
    Caller officer = api.createStaff("OFFICER", code);

    Reply me = api.get(officer, "/api/v1/accounts/me");

    expect(me, 200);
    assertThat(me.json().get("roles").get(0).get("role").asText()).isEqualTo("OFFICER");
    assertThat(me.json().get("roles").get(0).get("bodyCode").asText()).isEqualTo(code);
  }

  @Test
  void wrongCredentialsAreRefusedWithoutSayingWhichPartIsWrong() {
    Caller citizen = api.registerCitizen();

    Reply wrongPassword =
        api.get(new Caller(citizen.email(), "not-the-password"), "/api/v1/requests");
    Reply unknownUser =
        api.get(new Caller("nobody@it.accesinfo.ma", "whatever-password"), "/api/v1/requests");

    assertThat(wrongPassword.status()).isEqualTo(401);
    assertThat(unknownUser.status()).isEqualTo(401);
    assertThat(wrongPassword.text("code")).isEqualTo("invalidCredentials");
    assertThat(unknownUser.raw().body()).isEqualTo(wrongPassword.raw().body());
  }

  @Test
  void theServerDescribesItsApiWithOpenApi() {
    Reply openApi =
        api.send(Caller.ANONYMOUS, "GET", "/openapi", null, Map.of("Accept", "application/json"));

    expect(openApi, 200);
    JsonNode paths = openApi.json().get("paths");
    assertThat(paths.has("/api/v1/requests")).isTrue();
    assertThat(paths.has("/api/v1/requests/{reference}/decision")).isTrue();
    assertThat(paths.has("/api/v1/bodies")).isTrue();
  }

  private static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }
}
