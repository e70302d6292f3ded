package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** Signing in: staff with a second factor, a lock after repeated failures, no common passwords. */
class SignInIT extends ApplicationDeployment {

  @Test
  void staffSignInWithTheirSecondFactorAndNeverWithTheirPasswordAlone() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller withPasswordOnly = new Caller(officer.email(), officer.password());
    Map<String, String> credentials =
        Map.of("email", officer.email(), "password", officer.password());

    Reply basic = api.get(withPasswordOnly, "/api/v1/requests");
    assertThat(basic.status()).isEqualTo(401);
    assertThat(basic.text("code")).isEqualTo("secondFactorRequired");
    Reply notSetUp = api.post(Caller.ANONYMOUS, "/api/v1/sessions", credentials);
    assertThat(notSetUp.status()).isEqualTo(401);
    assertThat(notSetUp.text("code")).isEqualTo("secondFactorNotSetUp");

    String secret = api.setUpSecondFactor(officer);
    Reply again = api.post(Caller.ANONYMOUS, "/api/v1/second-factor", credentials);
    assertThat(again.status()).isEqualTo(409);

    Reply wrongCode =
        api.post(Caller.ANONYMOUS, "/api/v1/sessions", withCode(credentials, "000000"));
    assertThat(wrongCode.status()).isEqualTo(401);
    assertThat(wrongCode.text("code")).isEqualTo("secondFactorInvalid");
    String code = Totp.code(secret, Totp.step() + 1);
    Reply session = api.post(Caller.ANONYMOUS, "/api/v1/sessions", withCode(credentials, code));
    expect(session, 201);
    assertThat(session.json().path("secondFactor").asBoolean()).isTrue();
    Map<String, String> bearer = Map.of("Authorization", "Bearer " + session.text("token"));
    expect(api.send(Caller.ANONYMOUS, "GET", "/api/v1/requests", null, bearer), 200);

    // A code seen over a shoulder does not open a second session
    Reply replay = api.post(Caller.ANONYMOUS, "/api/v1/sessions", withCode(credentials, code));
    assertThat(replay.status()).isEqualTo(401);

    // Signed out, the token no longer works
    expect(api.send(Caller.ANONYMOUS, "DELETE", "/api/v1/sessions/current", null, bearer), 204);
    Reply ended = api.send(Caller.ANONYMOUS, "GET", "/api/v1/requests", null, bearer);
    assertThat(ended.status()).isEqualTo(401);
    assertThat(ended.text("code")).isEqualTo("sessionNotValid");

    assertThat(
            database.count(
                "select count(*) from audit_entry where actor = ? and action = 'SignIn.openSession'"
                    + " and outcome = 'DONE'",
                officer.email()))
        .isEqualTo(1);
    assertThat(
            database.count(
                "select count(*) from audit_entry where actor = ? and action = 'SignIn.openSession'"
                    + " and outcome = 'FAILED'",
                officer.email()))
        .isEqualTo(3);
  }

  @Test
  void fiveFailuresInARowLockTheAccountForAWhile() {
    Caller citizen = api.registerCitizen();
    Caller wrong = new Caller(citizen.email(), "Wrong-Passw0rd-123");
    for (int i = 0; i < 5; i++) {
      assertThat(api.get(wrong, "/api/v1/accounts/me").status()).isEqualTo(401);
    }

    // Locked: even the right password is refused, with the same answer
    Reply locked = api.get(citizen, "/api/v1/accounts/me");
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.text("code")).isEqualTo("invalidCredentials");
    assertThat(
            database.count(
                "select count(*) from account where email = ? and locked_until > now()",
                citizen.email()))
        .isEqualTo(1);
    assertThat(
            database.count(
                "select count(*) from audit_entry where actor = ? and outcome = 'FAILED'"
                    + " and details ->> 'reason' = 'wrongPassword'",
                citizen.email()))
        .isEqualTo(5);

    // Once the lock has run out, the right password works again
    database.update(
        "update account set locked_until = now() - interval '1 minute' where email = ?",
        citizen.email());
    expect(api.get(citizen, "/api/v1/accounts/me"), 200);
  }

  @Test
  void theMostCommonPasswordsAreRefusedEvenWithDigitsAdded() {
    for (String common :
        new String[] {"Password1234", "sunshine2026!", "azertyuiop", "motdepasse123"}) {
      Reply refused =
          api.post(
              Caller.ANONYMOUS,
              "/api/v1/accounts",
              Api.citizen(
                  "common." + common.length() + System.nanoTime() + "@it.accesinfo.ma", common));
      assertThat(refused.status()).as(common).isEqualTo(400);
      assertThat(refused.json().path("errors").get(0).path("code").asText())
          .isEqualTo("passwordTooCommon");
    }
    expect(
        api.post(
            Caller.ANONYMOUS,
            "/api/v1/accounts",
            Api.citizen(
                "uncommon." + System.nanoTime() + "@it.accesinfo.ma", "olive-tram-Ifrane-42")),
        201);
  }

  @Test
  void anAdministratorClearsALostSecondFactorAndItIsSetUpAgain() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller head = api.createStaff("HEAD", body);
    api.setUpSecondFactor(officer);
    String path = "/api/v1/accounts/" + officer.email() + "/second-factor";

    assertThat(api.send(head, "DELETE", path, null, Map.of()).status()).isEqualTo(403);
    expect(api.send(Api.ADMIN, "DELETE", path, null, Map.of()), 204);

    Reply setUpAgain =
        api.post(
            Caller.ANONYMOUS,
            "/api/v1/second-factor",
            Map.of("email", officer.email(), "password", officer.password()));
    expect(setUpAgain, 201);
    assertThat(setUpAgain.text("provisioningUri")).startsWith("otpauth://totp/");
  }

  private static Map<String, String> withCode(Map<String, String> credentials, String code) {
    Map<String, String> signIn = new HashMap<>(credentials);
    signIn.put("code", code);
    return signIn;
  }
}
