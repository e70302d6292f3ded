package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** A request from filing to answer on the real stack, and who may see and do what with it. */
class RequestLifecycleIT extends ApplicationDeployment {

  private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

  @Test
  void citizenFilesOfficerAnswersCitizenReadsTheAnswer() {
    // Given a body with an officer, and a citizen
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();

    // When the citizen files a request
    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));

    // Then it is received with a reference and a due date 20 working days after receipt
    expect(filed, 201);
    String reference = filed.text("reference");
    assertThat(reference).matches("DI-\\d{4}-\\d{6}");
    assertThat(filed.header("Location")).endsWith("/api/v1/requests/" + reference);
    assertThat(filed.text("status")).isEqualTo("AWAITING_RESPONSE");
    LocalDate receivedOn = LocalDate.parse(filed.text("receivedOn"));
    assertThat(receivedOn).isEqualTo(LocalDate.now(CASABLANCA));
    assertThat(LocalDate.parse(filed.text("dueDate")))
        .isEqualTo(new LegalCalendarOracle(api).plusWorkingDays(receivedOn, 20));
    assertThat(OffsetDateTime.parse(filed.text("receivedAt")).toInstant())
        .isCloseTo(
            java.time.Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(2)));

    // And the row and its process started together, with a timer at the end of the due date
    assertThat(
            database.count(
                "select count(*) from information_request where reference = ?", reference))
        .isEqualTo(1);
    String processInstance =
        database.single(
            "select process_instance_id from information_request where reference = ?",
            String.class,
            reference);
    assertThat(
            database.count(
                "select count(*) from act_ru_task where proc_inst_id_ = ? and task_def_key_ = 'assessRequest'",
                processInstance))
        .isEqualTo(1);
    java.sql.Timestamp timer =
        database.single(
            "select duedate_ from act_ru_job where process_instance_id_ = ? and job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'replyPeriodEnded')",
            java.sql.Timestamp.class,
            processInstance);
    assertThat(timer.toInstant())
        .isEqualTo(
            LocalDate.parse(filed.text("dueDate"))
                .plusDays(1)
                .atStartOfDay(CASABLANCA)
                .toInstant());

    // When the officer lists the body's requests
    Reply inbox = api.get(officer, "/api/v1/requests?status=AWAITING_RESPONSE");

    // Then the request is there
    expect(inbox, 200);
    assertThat(references(inbox.json())).contains(reference);

    // When the officer grants it
    Reply decided =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of(
                "resolution",
                "GRANTED",
                "message",
                "Le budget 2025 est de 12,4 MDH ; le détail est joint."));

    // Then the decision is released and the citizen reads the answer
    expect(decided, 200);
    assertThat(decided.text("status")).isEqualTo("ANSWERED");
    Reply read = api.get(citizen, "/api/v1/requests/" + reference);
    expect(read, 200);
    assertThat(read.text("status")).isEqualTo("ANSWERED");
    assertThat(read.text("resolution")).isEqualTo("GRANTED");
    assertThat(read.text("response"))
        .isEqualTo("Le budget 2025 est de 12,4 MDH ; le détail est joint.");

    // And every change is in the event log; the requester sees what concerns them
    Reply events = api.get(citizen, "/api/v1/requests/" + reference + "/events");
    expect(events, 200);
    assertThat(types(events.json())).containsExactly("REQUEST_FILED", "DECISION_RELEASED");
    assertThat(types(api.get(officer, "/api/v1/requests/" + reference + "/events").json()))
        .containsExactly("REQUEST_FILED", "DECISION_RECORDED", "DECISION_RELEASED");
    assertThat(events.json().get(0).get("actor").asText()).isEqualTo("requester");
    assertThat(events.json().get(0).get("context").get("dueDate").asText())
        .isEqualTo(filed.text("dueDate"));
    assertThat(
            database.count(
                "select count(*) from act_ru_execution where proc_inst_id_ = ?", processInstance))
        .isZero();

    // And a second decision is refused: the request no longer awaits one
    Reply again =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of("resolution", "GRANTED", "message", "encore"));
    assertThat(again.status()).isEqualTo(409);
  }

  @Test
  void nobodyButTheRequesterAndTheBodysStaffSeesARequest() {
    // Given a request filed with one body
    String body = api.createBody("MIN");
    String otherBody = api.createBody("COM");
    Caller officer = api.createStaff("OFFICER", body);
    Caller head = api.createStaff("HEAD", body);
    Caller otherOfficer = api.createStaff("OFFICER", otherBody);
    Caller citizen = api.registerCitizen();
    Caller otherCitizen = api.registerCitizen();
    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    expect(filed, 201);
    String reference = filed.text("reference");

    // Then the officer of another body and another citizen are told it does not exist
    assertThat(api.get(otherOfficer, "/api/v1/requests/" + reference).status()).isEqualTo(404);
    assertThat(api.get(otherCitizen, "/api/v1/requests/" + reference).status()).isEqualTo(404);
    assertThat(api.get(otherCitizen, "/api/v1/requests/" + reference + "/events").status())
        .isEqualTo(404);
    Reply foreignDecision =
        api.post(
            otherOfficer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of("resolution", "GRANTED", "message", "x"));
    assertThat(foreignDecision.status()).isEqualTo(404);
    assertThat(foreignDecision.header("Content-Type")).startsWith("application/problem+json");
    assertThat(references(api.get(otherOfficer, "/api/v1/requests").json()))
        .doesNotContain(reference);
    assertThat(references(api.get(otherCitizen, "/api/v1/requests").json()))
        .doesNotContain(reference);

    // And an unknown reference answers exactly the same
    Reply unknown = api.get(otherCitizen, "/api/v1/requests/DI-1999-999999");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("code")).isEqualTo("requestNotFound");

    // And the citizen may read but not decide their own request; the head may read, not decide
    Reply selfDecision =
        api.post(
            citizen,
            "/api/v1/requests/" + reference + "/decision",
            Map.of("resolution", "GRANTED", "message", "x"));
    assertThat(selfDecision.status()).isEqualTo(403);
    assertThat(api.get(head, "/api/v1/requests/" + reference).status()).isEqualTo(200);
    assertThat(
            api.post(
                    head,
                    "/api/v1/requests/" + reference + "/decision",
                    Map.of("resolution", "GRANTED", "message", "x"))
                .status())
        .isEqualTo(403);

    // And nobody anonymous gets anything but a request to sign in
    Reply anonymous = api.get(Caller.ANONYMOUS, "/api/v1/requests/" + reference);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");

    // And the refusals changed nothing
    assertThat(api.get(officer, "/api/v1/requests/" + reference).text("status"))
        .isEqualTo("AWAITING_RESPONSE");
    assertThat(
            database.count(
                "select count(*) from request_event e join information_request r on r.id = e.request_id where r.reference = ?",
                reference))
        .isEqualTo(1);
  }

  @Test
  void theReplyPeriodsTimerMarksTheRequestOverdueAndALateAnswerIsStillTaken() throws Exception {
    // Given a filed request
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    expect(filed, 201);
    String reference = filed.text("reference");

    // When its reply period ends (the engine's timer is brought to now, as the calendar would)
    int moved =
        database.update(
            "update act_ru_job set duedate_ = ? where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'replyPeriodEnded') and process_instance_id_ ="
                + " (select process_instance_id from information_request where reference = ?)",
            new java.sql.Timestamp(System.currentTimeMillis() - 1_000),
            reference);
    assertThat(moved).isEqualTo(1);

    // Then the request becomes overdue
    String status = null;
    for (int i = 0; i < 60 && !"OVERDUE".equals(status); i++) {
      Thread.sleep(500);
      status = api.get(citizen, "/api/v1/requests/" + reference).text("status");
    }
    assertThat(status).isEqualTo("OVERDUE");
    assertThat(references(api.get(officer, "/api/v1/requests?status=OVERDUE").json()))
        .contains(reference);
    Reply events = api.get(officer, "/api/v1/requests/" + reference + "/events");
    assertThat(events.json().get(1).get("type").asText()).isEqualTo("REQUEST_OVERDUE");
    assertThat(events.json().get(1).get("actor").asText()).isEqualTo("system");
    assertThat(events.json().get(1).get("context").get("complaintWindowEnds").asText())
        .isNotBlank();
    Reply overdue = api.get(citizen, "/api/v1/requests/" + reference);
    assertThat(overdue.json().get("overdue").asBoolean()).isTrue();
    assertThat(LocalDate.parse(overdue.text("complaintWindowEnds")))
        .isEqualTo(
            new LegalCalendarOracle(api)
                .plusWorkingDays(LocalDate.parse(overdue.text("dueDate")), 20));

    // And the officer can still answer, late
    Reply decided =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of("resolution", "GRANTED", "message", "Réponse tardive."));
    expect(decided, 200);
    assertThat(decided.text("status")).isEqualTo("ANSWERED");
  }

  @Test
  void anUrgentRequestIsDueThreeDaysAfterReceiptMovedOffNonWorkingDays() {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    Map<String, Object> urgent =
        Api.urgentRequest(body, "Un proche est hospitalisé ; la décision concerne sa sécurité.");

    Reply filed = api.post(citizen, "/api/v1/requests", urgent);

    expect(filed, 201);
    LocalDate receivedOn = LocalDate.parse(filed.text("receivedOn"));
    LocalDate expected = new LegalCalendarOracle(api).nextWorkingDayFrom(receivedOn.plusDays(3));
    assertThat(LocalDate.parse(filed.text("dueDate"))).isEqualTo(expected);
    assertThat(filed.json().get("urgent").asBoolean()).isTrue();
  }

  @Test
  void theInboxPutsRunningRequestsFirstFindsBySubjectOrReferenceAndCountsDeadlines() {
    String body = api.createBody("INB");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    List<String> subjects =
        List.of(
            "Budget des routes 2025 (الإدارة الجهوية)",
            "Marchés publics de 2024",
            "Effectifs du personnel de l'École",
            "Subventions aux associations (100%_garanti)");
    List<String> refs = new ArrayList<>();
    for (String subject : subjects) {
      Map<String, Object> request = Api.request(body);
      request.put("subject", subject);
      refs.add(api.post(citizen, "/api/v1/requests", request).text("reference"));
    }
    // The answered one was due earliest: listed by due date alone, it would come first
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + refs.get(0) + "/decision",
            Map.of("resolution", "GRANTED", "message", "Voici le budget.")),
        200);
    LocalDate today = LocalDate.now(CASABLANCA);
    setDue(refs.get(0), today.minusDays(30), false);
    setDue(refs.get(1), today.plusDays(20), false);
    setDue(refs.get(2), today.plusDays(3), false);
    setDue(refs.get(3), today.minusDays(2), true);

    // The running ones first, overdue at the top, then by due date; the closed one after them
    assertThat(references(api.get(officer, "/api/v1/requests").json()))
        .containsExactly(refs.get(3), refs.get(2), refs.get(1), refs.get(0));
    assertThat(references(api.get(officer, "/api/v1/requests?status=ANSWERED").json()))
        .containsExactly(refs.get(0));

    // Searched on the server, by part of the subject (any case) or of the reference
    assertThat(references(api.get(officer, "/api/v1/requests?q=MARCH%C3%89S").json()))
        .containsExactly(refs.get(1));
    assertThat(
            references(api.get(officer, "/api/v1/requests?q=" + refs.get(2).substring(3)).json()))
        .containsExactly(refs.get(2));
    // Typed without accents, with a phone's apostrophe, or without the hamza: found all the same
    assertThat(references(api.get(officer, "/api/v1/requests?q=marches").json()))
        .containsExactly(refs.get(1));
    assertThat(references(api.get(officer, "/api/v1/requests?q=" + Api.encode("l’ecole")).json()))
        .containsExactly(refs.get(2));
    assertThat(references(api.get(officer, "/api/v1/requests?q=" + Api.encode("الادارة")).json()))
        .containsExactly(refs.get(0));
    // ... with harakat, or ha for ta marbuta
    for (String typed : List.of("الإِدَارَة", "الجهويه")) {
      assertThat(references(api.get(officer, "/api/v1/requests?q=" + Api.encode(typed)).json()))
          .as(typed)
          .containsExactly(refs.get(0));
    }
    assertThat(references(api.get(citizen, "/api/v1/requests?q=" + Api.encode("ÉCOLE")).json()))
        .containsExactly(refs.get(2));
    // Wildcards are taken as they are written
    assertThat(references(api.get(officer, "/api/v1/requests?q=100%25_g").json()))
        .containsExactly(refs.get(3));
    assertThat(references(api.get(officer, "/api/v1/requests?q=%25").json()))
        .containsExactly(refs.get(3));
    // ... even where folding makes them ("％" is "%" folded)
    assertThat(references(api.get(officer, "/api/v1/requests?q=" + Api.encode("％")).json()))
        .containsExactly(refs.get(3));
    assertThat(references(api.get(citizen, "/api/v1/requests?q=effectifs").json()))
        .containsExactly(refs.get(2));
    Reply tooLong = api.get(officer, "/api/v1/requests?q=" + "a".repeat(101));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("errors").get(0).path("field").asText()).isEqualTo("q");

    // The body's deadlines, counted over all its running requests
    Reply deadlines = api.get(officer, "/api/v1/requests/deadlines");
    expect(deadlines, 200);
    assertThat(deadlines.json().path("overdue").asLong()).isEqualTo(1);
    assertThat(deadlines.json().path("soon").asLong()).isEqualTo(1);
    assertThat(deadlines.json().path("ok").asLong()).isEqualTo(1);
    assertThat(api.get(citizen, "/api/v1/requests/deadlines").status()).isEqualTo(403);
  }

  private void setDue(String reference, LocalDate due, boolean overdue) {
    database.update(
        "update information_request set due_date = ?, overdue = ?, status = case when ? then"
            + " 'OVERDUE' else status end where reference = ?",
        due,
        overdue,
        overdue,
        reference);
  }

  private static List<String> references(JsonNode list) {
    List<String> references = new ArrayList<>();
    list.forEach(r -> references.add(r.get("reference").asText()));
    return references;
  }

  private static List<String> types(JsonNode events) {
    List<String> types = new ArrayList<>();
    events.forEach(e -> types.add(e.get("type").asText()));
    return types;
  }

  private static String formatted(LocalDate day) {
    return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
