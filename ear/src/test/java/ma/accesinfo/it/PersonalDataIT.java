package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Test;

/** Personal data under Law 09-08: sealed at rest, opened only by those handling it, and logged. */
class PersonalDataIT extends ApplicationDeployment {

  private static final String RE_ENCRYPTION = "/api/v1/admin/personal-data/re-encryption";

  @ArquillianResource ManagementClient management;

  @Test
  void identityNumbersAndAddressesAreSealedAndOpenedOnlyByTheBodyWithAPurposeThatIsLogged() {
    String body = api.createBody("MIN");
    String other = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller stranger = api.createStaff("OFFICER", other);
    Caller citizen = api.registerCitizen();
    Caller otherCitizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String path = "/api/v1/requests/" + reference + "/requester";

    // In the database the identity number and address are opaque, sealed under the key
    String stored =
        database.single(
            "select requester_national_id from information_request where reference = ?",
            String.class,
            reference);
    assertThat(stored).startsWith("pd1:it1:").doesNotContain("AB123456");
    assertThat(
            database.single(
                "select address from account where email = ?", String.class, citizen.email()))
        .startsWith("pd1:it1:")
        .doesNotContain("Ibn Sina");

    // Staff say why they open it; the body's officer then reads it, no one else does
    Reply withoutPurpose = api.get(officer, path);
    assertThat(withoutPurpose.status()).isEqualTo(400);
    assertThat(withoutPurpose.json().path("errors").get(0).path("field").asText())
        .isEqualTo("purpose");
    Reply opened = api.get(officer, path + "?purpose=IDENTITY_CHECK&note=Contr%C3%B4le%20CIN");
    expect(opened, 200);
    assertThat(opened.text("nationalId")).isEqualTo("AB123456");
    assertThat(opened.text("address")).isEqualTo("7, rue Ibn Sina, Fès");
    assertThat(api.get(stranger, path + "?purpose=IDENTITY_CHECK").status()).isEqualTo(404);
    assertThat(api.get(otherCitizen, path).status()).isEqualTo(404);

    // The view is recorded once, with who and why; the refused one is in the audit trail
    assertThat(
            database.count(
                "select count(*) from personal_data_view v join information_request r"
                    + " on r.id = v.request_id join account a on a.id = v.viewer_id"
                    + " where r.reference = ? and a.email = ? and v.purpose = 'IDENTITY_CHECK'"
                    + " and v.note = 'Contrôle CIN'",
                reference,
                officer.email()))
        .isEqualTo(1);
    assertThat(
            database.count(
                "select count(*) from personal_data_view v join information_request r"
                    + " on r.id = v.request_id where r.reference = ?",
                reference))
        .isEqualTo(1);
    assertThat(
            database.count(
                "select count(*) from audit_entry where action = 'PersonalDataService.requesterOf'"
                    + " and target = ? and actor = ? and outcome = 'REFUSED'",
                reference,
                stranger.email()))
        .isEqualTo(1);

    // The person sees what is held about them and who opened it (a role and a body, not a name)
    Reply mine = api.get(citizen, "/api/v1/accounts/me/personal-data");
    expect(mine, 200);
    assertThat(mine.json().path("account").path("nationalId").asText()).isEqualTo("AB123456");
    assertThat(mine.json().path("requests").get(0).path("reference").asText()).isEqualTo(reference);
    assertThat(mine.json().path("views")).hasSize(1);
    assertThat(mine.json().path("views").get(0).path("viewerRole").asText()).isEqualTo("OFFICER");
    assertThat(mine.json().path("views").get(0).path("viewerBody").asText()).isEqualTo(body);
    assertThat(mine.json().path("views").get(0).path("purpose").asText())
        .isEqualTo("IDENTITY_CHECK");
  }

  @Test
  void aNewKeySealsEverythingAgainAndTheOldOneCanThenBeRetired() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String path = "/api/v1/requests/" + reference + "/requester?purpose=POSTAL_DELIVERY";
    byte[] secret = new byte[32];
    new java.security.SecureRandom().nextBytes(secret);
    String newKey = "it2:" + Base64.getEncoder().encodeToString(secret);

    try {
      ServerProperties.set(management, "accesinfo.data-keys", newKey + "," + TestSettings.DATA_KEY);
      assertThat(api.post(citizen, RE_ENCRYPTION, null).status()).isEqualTo(403);
      assertThat(api.get(citizen, RE_ENCRYPTION).status()).isEqualTo(403);
      Reply before = api.get(Api.ADMIN, RE_ENCRYPTION);
      expect(before, 200);
      assertThat(before.text("currentKey")).isEqualTo("it2");
      assertThat(before.json().path("remaining").asLong()).isGreaterThanOrEqualTo(1);

      // Sealing again runs in the background: the call answers at once, the progress is followed
      Reply started = api.post(Api.ADMIN, RE_ENCRYPTION, null);
      expect(started, 202);
      assertThat(started.header("Location")).endsWith(RE_ENCRYPTION);
      assertThat(started.json().path("startedAt").asText()).isNotEmpty();
      Reply rotated = reEncryptionEnded();
      assertThat(rotated.text("currentKey")).isEqualTo("it2");
      assertThat(rotated.json().path("failed").asBoolean()).isFalse();
      assertThat(rotated.json().path("startedAt").asText())
          .isEqualTo(started.json().path("startedAt").asText());
      assertThat(rotated.json().path("endedAt").asText()).isNotEmpty();
      assertThat(rotated.json().path("resealed").asInt()).isGreaterThanOrEqualTo(2);
      assertThat(rotated.json().path("remaining").asLong()).isZero();
      assertThat(sealedUnder("it1")).isZero();
      assertThat(
              database.count(
                  "select count(*) from audit_entry where action = 'PersonalDataService.reencrypt'"
                      + " and actor = ? and outcome = 'DONE'",
                  Api.ADMIN.email()))
          .isGreaterThanOrEqualTo(1);
      assertThat(
              database.single(
                  "select requester_national_id from information_request where reference = ?",
                  String.class,
                  reference))
          .startsWith("pd1:it2:");

      // With only the new key left, everything still reads
      ServerProperties.set(management, "accesinfo.data-keys", null);
      ServerProperties.set(management, "accesinfo.data-keys", newKey);
      assertThat(api.get(officer, path).text("nationalId")).isEqualTo("AB123456");
    } finally {
      // Back to the build's key, which the rest of the run uses
      ServerProperties.set(management, "accesinfo.data-keys", null);
      ServerProperties.set(management, "accesinfo.data-keys", TestSettings.DATA_KEY + "," + newKey);
      expect(api.post(Api.ADMIN, RE_ENCRYPTION, null), 202);
      reEncryptionEnded();
      ServerProperties.set(management, "accesinfo.data-keys", null);
    }
    assertThat(sealedUnder("it2")).isZero();
    assertThat(api.get(officer, path).text("nationalId")).isEqualTo("AB123456");
  }

  @Test
  void retentionRemovesThePersonalDataOfLongClosedRequestsOnceAndKeepsTheirFacts() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    String closed = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String open = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + closed + "/decision",
            Map.of("resolution", "GRANTED", "message", "Voici le budget.")),
        200);
    // The answer's mail has gone out (mail still to send is never erased)
    for (int i = 0; i < 60 && unsent(closed) > 0; i++) {
      sleep(250);
    }
    // Both were last touched three years ago; only the answered one is closed
    database.update(
        "update information_request set updated_at = now() - interval '3 years'"
            + " where reference in (?, ?)",
        closed,
        open);

    // Nobody signed in may start a run (the nightly schedule is no caller of the API)
    assertThat(api.post(Caller.ANONYMOUS, "/api/v1/admin/retention-runs", null).status())
        .isEqualTo(401);
    assertThat(api.post(officer, "/api/v1/admin/retention-runs", null).status()).isEqualTo(403);
    assertThat(api.get(officer, "/api/v1/admin/retention-runs/current").status()).isEqualTo(403);
    assertThat(api.get(officer, "/api/v1/admin/retention-runs").status()).isEqualTo(403);
    JsonNode run = applyRetention();
    assertThat(run.path("failed").asBoolean()).isFalse();
    assertThat(run.path("requestsAnonymised").asInt()).isEqualTo(1);
    assertThat(run.path("retentionDays").asInt()).isEqualTo(730);
    assertThat(Instant.parse(run.path("closedBefore").asText()))
        .isBetween(
            Instant.now().minus(Duration.ofDays(731)), Instant.now().minus(Duration.ofDays(729)));

    assertThat(
            database.count(
                "select count(*) from information_request where reference = ?"
                    + " and personal_data_purged_at is not null and requester_national_id is null"
                    + " and requester_address is null and requester_email is null"
                    + " and requester_last_name = '-' and status = 'ANSWERED'"
                    + " and resolution = 'GRANTED'",
                closed))
        .isEqualTo(1);
    assertThat(
            database.count(
                "select count(*) from information_request where reference = ?"
                    + " and personal_data_purged_at is null and requester_national_id is not null",
                open))
        .isEqualTo(1);
    assertThat(
            database.count(
                "select count(*) from outbox_message m join information_request r"
                    + " on r.id = m.request_id where r.reference = ? and m.recipient <> 'erased'",
                closed))
        .isZero();
    Reply purged = api.get(citizen, "/api/v1/requests/" + closed + "/requester");
    assertThat(purged.json().path("purged").asBoolean()).isTrue();
    assertThat(purged.json().path("nationalId").isMissingNode()).isTrue();
    expect(api.get(citizen, "/api/v1/requests/" + closed), 200);

    // A second run finds nothing more to do, and both runs are on record
    assertThat(applyRetention().path("requestsAnonymised").asInt()).isZero();
    assertThat(
            database.count(
                "select count(*) from retention_run r join account a on a.id = r.started_by"
                    + " where a.email = ? and r.ran_at > now() - interval '5 minutes'",
                TestSettings.ADMIN_EMAIL))
        .isGreaterThanOrEqualTo(2);
    Reply runs = api.get(Api.ADMIN, "/api/v1/admin/retention-runs");
    expect(runs, 200);
    assertThat(runs.json().get(0).path("startedBy").asText()).isEqualTo(TestSettings.ADMIN_EMAIL);
    assertThat(runs.json().get(0).path("requestsAnonymised").asInt()).isZero();
    assertThat(runs.json().get(1).path("requestsAnonymised").asInt()).isGreaterThanOrEqualTo(1);
  }

  /**
   * An administrator starts a run of the retention period (202, to be followed at the address
   * given) and follows it until it ends (failing after 60 s).
   */
  private JsonNode applyRetention() {
    Reply started = api.post(Api.ADMIN, "/api/v1/admin/retention-runs", null);
    expect(started, 202);
    String location = started.raw().headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/api/v1/admin/retention-runs/current");
    for (int i = 0; i < 120; i++) {
      Reply now = api.get(Api.ADMIN, "/api/v1/admin/retention-runs/current");
      expect(now, 200);
      if (!now.json().path("running").asBoolean()) {
        return now.json();
      }
      sleep(500);
    }
    throw new AssertionError("the run of the retention period did not end within 60 s");
  }

  @Test
  void aPersonCorrectsTheirDataAndClosesTheirAccountOnceNothingIsOpen() {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    Map<String, Object> correction =
        Map.of(
            "firstName", "Fatima Zahra",
            "lastName", "Ouazzani Touhami",
            "nationalId", "CD654321",
            "address", "12, avenue Hassan II, Rabat",
            "preferredLanguage", "fr");

    Reply corrected =
        api.send(citizen, "PUT", "/api/v1/accounts/me/personal-data", correction, Map.of());
    expect(corrected, 200);
    assertThat(corrected.json().path("account").path("nationalId").asText()).isEqualTo("CD654321");
    Reply own = api.get(citizen, "/api/v1/requests/" + reference + "/requester");
    assertThat(own.text("nationalId")).isEqualTo("CD654321");
    assertThat(own.text("lastName")).isEqualTo("Ouazzani Touhami");
    assertThat(api.get(citizen, "/api/v1/requests/" + reference + "/events").json().toString())
        .contains("REQUESTER_DETAILS_CORRECTED")
        .doesNotContain("CD654321");

    Reply wrongPassword =
        api.post(citizen, "/api/v1/accounts/me/closure", Map.of("password", "not-it-at-all"));
    assertThat(wrongPassword.status()).isEqualTo(401);
    Reply stillOpen =
        api.post(citizen, "/api/v1/accounts/me/closure", Map.of("password", citizen.password()));
    assertThat(stillOpen.status()).isEqualTo(409);
    assertThat(stillOpen.text("detail")).contains(reference);

    expect(api.post(citizen, "/api/v1/requests/" + reference + "/withdrawal", null), 200);
    expect(
        api.post(citizen, "/api/v1/accounts/me/closure", Map.of("password", citizen.password())),
        204);
    assertThat(api.get(citizen, "/api/v1/accounts/me").status()).isEqualTo(401);
    assertThat(database.count("select count(*) from account where email = ?", citizen.email()))
        .isZero();
    assertThat(
            database.count(
                "select count(*) from account where email like 'closed-%' and not active"
                    + " and closed_at is not null and national_id is null and address is null"
                    + " and last_name = '-' and id = (select requester_id"
                    + " from information_request where reference = ?)",
                reference))
        .isEqualTo(1);
  }

  private long unsent(String reference) {
    return database.count(
        "select count(*) from outbox_message m join information_request r on r.id = m.request_id"
            + " where r.reference = ? and m.status <> 'SENT'",
        reference);
  }

  /** Follows the sealing again until this server's run has ended (at most a minute). */
  private Reply reEncryptionEnded() {
    for (int i = 0; i < 240; i++) {
      Reply now = api.get(Api.ADMIN, RE_ENCRYPTION);
      expect(now, 200);
      if (!now.json().path("running").asBoolean()) {
        return now;
      }
      sleep(250);
    }
    throw new AssertionError("sealing again did not end within a minute");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long sealedUnder(String keyId) {
    return database.count(
        "select (select count(*) from information_request where requester_national_id like ?"
            + " or requester_address like ?) + (select count(*) from account"
            + " where national_id like ? or address like ? or totp_secret like ?)",
        "pd1:" + keyId + ":%",
        "pd1:" + keyId + ":%",
        "pd1:" + keyId + ":%",
        "pd1:" + keyId + ":%",
        "pd1:" + keyId + ":%");
  }
}
