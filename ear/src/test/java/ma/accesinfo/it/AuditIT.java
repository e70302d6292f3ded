package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
    Reply intact = api.get(Api.ADMIN, "/api/v1/admin/audit/verification");
    expect(intact, 200);
    assertThat(intact.json().path("intact").asBoolean()).isTrue();
    assertThat(intact.json().path("entries").asLong()).isPositive();

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
      Reply broken = api.get(Api.ADMIN, "/api/v1/admin/audit/verification");
      assertThat(broken.json().path("intact").asBoolean()).isFalse();
      assertThat(broken.json().path("firstBrokenSeq").asLong()).isEqualTo(seq);
    } finally {
      tamper("update audit_entry set actor = '" + citizen.email() + "' where seq = " + seq);
    }
    assertThat(
            api.get(Api.ADMIN, "/api/v1/admin/audit/verification")
                .json()
                .path("intact")
                .asBoolean())
        .isTrue();
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
