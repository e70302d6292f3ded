package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** The audit trail: every action and refusal, append-only, hash-chained, checked and exported. */
class AuditIT extends ApplicationDeployment {

  @Test
  void actionsAndRefusalsAreRecordedAndAChangedEntryBreaksTheChain() {
    String body = api.createBody("MIN");
    Caller stranger = api.createStaff("OFFICER", api.createBody("MIN"));
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    assertThat(api.get(stranger, "/api/v1/requests/" + reference).status()).isEqualTo(404);

    assertThat(
            database.count(
                "select count(*) from audit_entry where action = 'RequestService.fileRequest'"
                    + " and target = ? and actor = ? and outcome = 'DONE'",
                reference,
                citizen.email()))
        .isEqualTo(1);
    assertThat(
            database.count(
                "select count(*) from audit_entry where action = 'RequestService.findRequest'"
                    + " and target = ? and actor = ? and outcome = 'REFUSED'"
                    + " and details ->> 'reason' = 'requestNotFound'",
                reference,
                stranger.email()))
        .isEqualTo(1);

    assertThat(api.get(citizen, "/api/v1/admin/audit/verification").status()).isEqualTo(403);
    assertThat(api.post(citizen, "/api/v1/admin/audit/verification", Map.of()).status())
        .isEqualTo(403);
    JsonNode intact = checkChain();
    assertThat(intact.path("intact").asBoolean()).isTrue();
    assertThat(intact.path("entries").asLong()).isPositive();
    assertThat(intact.path("checked").asLong()).isEqualTo(intact.path("entries").asLong());
    assertThat(intact.path("failed").asBoolean()).isFalse();
    // The check and its outcome are on record
    assertThat(
            database.count(
                "select count(*) from audit_entry where action = 'AuditChainChecking.check'"
                    + " and actor = ? and details ->> 'intact' = 'true'",
                Api.ADMIN.email()))
        .isPositive();

    // The database itself refuses to change or remove an entry
    assertThatThrownBy(
            () ->
                database.update("update audit_entry set target = 'X' where target = ?", reference))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> database.update("delete from audit_entry where target = ?", reference))
        .hasMessageContaining("append-only");

    // Someone with the power to switch the guard off changes an entry: the check finds where
    long seq =
        database.single(
            "select seq from audit_entry where action = 'RequestService.fileRequest'"
                + " and target = ?",
            Long.class,
            reference);
    tamper("update audit_entry set actor = 'someone.else@it.accesinfo.ma' where seq = " + seq);
    try {
      JsonNode broken = checkChain();
      assertThat(broken.path("intact").asBoolean()).isFalse();
      assertThat(broken.path("firstBrokenSeq").asLong()).isEqualTo(seq);
      assertThat(
              database.count(
                  "select count(*) from audit_entry where action = 'AuditChainChecking.check'"
                      + " and details ->> 'firstBrokenSeq' = ?",
                  String.valueOf(seq)))
          .isEqualTo(1);
    } finally {
      tamper("update audit_entry set actor = '" + citizen.email() + "' where seq = " + seq);
    }
    assertThat(checkChain().path("intact").asBoolean()).isTrue();
  }

  @Test
  void anAdministratorSeesTheCheckAnotherServerDidSince() {
    JsonNode own = checkChain();
    // Another server sharing the database checks the chain (the nightly check runs on one) and
    // writes its outcome to the trail, as this one does
    database.update(
        "insert into audit_entry (occurred_at, action, outcome, details) values (now(),"
            + " 'AuditChainChecking.check', 'DONE', '{\"intact\": \"true\", \"entries\":"
            + " \"987654321\"}'::jsonb)");
    Reply other = api.get(Api.ADMIN, "/api/v1/admin/audit/verification");
    expect(other, 200);
    assertThat(other.json().path("entries").asLong()).isEqualTo(987_654_321L);
    assertThat(other.json().path("intact").asBoolean()).isTrue();
    assertThat(other.json().path("running").asBoolean()).isFalse();
    // no start known: the field is left out
    assertThat(other.json().path("startedAt").isMissingNode()).isTrue();
    assertThat(other.json().path("endedAt").asText()).isNotEmpty();

    // A check started here afterwards is the newer one again
    JsonNode again = checkChain();
    assertThat(again.path("entries").asLong()).isGreaterThan(own.path("entries").asLong());
    assertThat(again.path("entries").asLong()).isLessThan(987_654_321L);
    assertThat(again.path("startedAt").asText()).isNotEmpty();
  }

  /**
   * An administrator starts a check of the chain (202, to be followed at the address given) and
   * follows it until it ends (failing after 30 s).
   */
  private JsonNode checkChain() {
    Reply started = api.post(Api.ADMIN, "/api/v1/admin/audit/verification", Map.of());
    expect(started, 202);
    assertThat(started.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/admin/audit/verification"));
    for (int i = 0; i < 60; i++) {
      Reply now = api.get(Api.ADMIN, "/api/v1/admin/audit/verification");
      expect(now, 200);
      if (!now.json().path("running").asBoolean()) {
        return now.json();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("the check of the chain did not end within 30 s");
  }

  @Test
  void anAdministratorExportsTheTrailOfAPeriodAsCsv() {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    Reply csv =
        api.get(Api.ADMIN, "/api/v1/admin/audit?from=" + today + "&to=" + today + "&format=csv");
    expect(csv, 200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.raw().body().split("\r\n");
    assertThat(lines[0]).startsWith("seq,occurred_at,actor_id,actor,action,target,outcome");
    assertThat(csv.raw().body()).contains("\"RequestService.fileRequest\",\"" + reference + "\"");

    Reply json = api.get(Api.ADMIN, "/api/v1/admin/audit?from=" + today + "&to=" + today);
    expect(json, 200);
    assertThat(json.json().isArray()).isTrue();
    long previous = 0;
    boolean filed = false;
    for (var entry : json.json()) {
      // in chain order, each entry once
      assertThat(entry.path("seq").asLong()).isGreaterThan(previous);
      previous = entry.path("seq").asLong();
      filed |=
          entry.path("action").asText().equals("RequestService.fileRequest")
              && entry.path("target").asText().equals(reference);
    }
    assertThat(filed).isTrue();
    assertThat(api.get(citizen, "/api/v1/admin/audit?from=" + today + "&to=" + today).status())
        .isEqualTo(403);
    // Taking a copy of the trail is itself on record
    assertThat(
            database.count(
                "select count(*) from audit_entry where action = 'AuditService.startExport'"
                    + " and actor = ?",
                TestSettings.ADMIN_EMAIL))
        .isGreaterThanOrEqualTo(2);
    Reply badPeriod = api.get(Api.ADMIN, "/api/v1/admin/audit?from=tomorrow&to=" + today);
    assertThat(badPeriod.status()).isEqualTo(400);
  }

  private void tamper(String update) {
    database.script(
        "set session_replication_role = replica", update, "set session_replication_role = origin");
  }
}
