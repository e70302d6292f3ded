package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** The paths of Law 31-13 Arts 14-18 on the real stack, and the legal calendar that times them. */
class LegalLifecycleIT extends ApplicationDeployment {

  private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

  @Test
  void anOfficerTakesInAPaperRequestWhoseClockRunsFromItsRealReceiptDate() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller otherOfficer = api.createStaff("OFFICER", api.createBody("COM"));
    LegalCalendarOracle calendar = new LegalCalendarOracle(api);
    LocalDate today = LocalDate.now(CASABLANCA);
    LocalDate receivedOn = today.minusDays(6);
    long requests = database.count("select count(*) from information_request");

    Reply future =
        api.post(officer, "/api/v1/bodies/" + body + "/intake", intake("POST", today.plusDays(1)));
    Reply foreign =
        api.post(otherOfficer, "/api/v1/bodies/" + body + "/intake", intake("POST", receivedOn));
    Reply online =
        api.post(officer, "/api/v1/bodies/" + body + "/intake", intake("ONLINE", receivedOn));

    assertThat(future.status()).isEqualTo(422);
    assertThat(future.text("code")).isEqualTo("receiptInFuture");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(online.status()).isEqualTo(400);
    assertThat(database.count("select count(*) from information_request")).isEqualTo(requests);

    Reply received =
        api.post(officer, "/api/v1/bodies/" + body + "/intake", intake("POST", receivedOn));

    expect(received, 201);
    assertThat(received.text("reference")).matches("DI-\\d{4}-\\d{6}");
    assertThat(received.text("channel")).isEqualTo("POST");
    assertThat(received.text("receivedOn")).isEqualTo(receivedOn.toString());
    assertThat(LocalDate.parse(received.text("dueDate")))
        .isEqualTo(calendar.plusWorkingDays(receivedOn, 20));
    JsonNode events =
        api.get(officer, "/api/v1/requests/" + received.text("reference") + "/events").json();
    assertThat(events.get(0).get("type").asText()).isEqualTo("REQUEST_RECEIVED_BY_INTAKE");
    assertThat(events.get(0).get("actor").asText()).isEqualTo(officer.email());
  }

  @Test
  void theReplyPeriodIsExtendedOnceByTwentyWorkingDaysAndItsTimerMoves() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    String reference = file(citizen, body);
    LegalCalendarOracle calendar = new LegalCalendarOracle(api);
    LocalDate firstDue =
        LocalDate.parse(api.get(citizen, "/api/v1/requests/" + reference).text("dueDate"));

    Reply badGround =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/extension",
            Map.of("ground", "BORED", "explanation", "x"));
    Reply extended =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/extension",
            Map.of(
                "ground",
                "LARGE_VOLUME",
                "explanation",
                "Les données couvrent dix ans et 40 services."));

    assertThat(badGround.status()).isEqualTo(400);
    expect(extended, 200);
    LocalDate newDue = calendar.plusWorkingDays(firstDue, 20);
    assertThat(LocalDate.parse(extended.text("dueDate"))).isEqualTo(newDue);
    assertThat(extended.text("firstDueDate")).isEqualTo(firstDue.toString());
    assertThat(extended.json().get("extended").asBoolean()).isTrue();
    assertThat(replyTimer(reference)).isEqualTo(endOf(newDue));
    Reply asRequester = api.get(citizen, "/api/v1/requests/" + reference + "/events");
    JsonNode extension = last(asRequester.json());
    assertThat(extension.get("type").asText()).isEqualTo("DEADLINE_EXTENDED");
    assertThat(extension.get("context").get("ground").asText()).isEqualTo("LARGE_VOLUME");

    Reply again =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/extension",
            Map.of("ground", "LARGE_VOLUME", "explanation", "encore"));

    assertThat(again.status()).isEqualTo(422);
    assertThat(again.text("code")).isEqualTo("alreadyExtended");
    assertThat(api.get(citizen, "/api/v1/requests/" + reference).text("dueDate"))
        .isEqualTo(newDue.toString());
    Reply clock = api.get(citizen, "/api/v1/requests/" + reference + "/clock");
    expect(clock, 200);
    assertThat(clock.json().get("extension").get("lastDay").asText()).isEqualTo(newDue.toString());
    assertThat(clock.json().get("firstPeriod").get("rule").asText()).isEqualTo("CCP_ART_512");
  }

  @Test
  void aRefusalLeavesTheBodyOnlyAfterTheLegalReviewerApprovesIt() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller citizen = api.registerCitizen();
    Map<String, Object> arabic = Api.request(body);
    arabic.put("language", "ar");
    Reply filed = api.post(citizen, "/api/v1/requests", arabic);
    expect(filed, 201);
    String reference = filed.text("reference");
    String path = "/api/v1/requests/" + reference;

    // A refusal that lacks what the law requires cannot be recorded, and changes nothing
    Reply noExemption =
        api.post(
            officer,
            path + "/decision",
            Map.of("resolution", "REFUSED", "refusalGround", "EXEMPTION", "message", "Refus."));
    Reply noReference =
        api.post(
            officer,
            path + "/decision",
            Map.of(
                "resolution",
                "REFUSED",
                "refusalGround",
                "ALREADY_PUBLISHED",
                "message",
                "Déjà publié."));
    Reply noGround =
        api.post(officer, path + "/decision", Map.of("resolution", "REFUSED", "message", "Refus."));
    Reply noJustification =
        api.post(
            officer,
            path + "/decision",
            Map.of(
                "resolution",
                "REFUSED",
                "refusalGround",
                "EXEMPTION",
                "exemptions",
                List.of("STATE_SECURITY"),
                "message",
                "Refus."));
    assertThat(
            List.of(
                noExemption.status(),
                noReference.status(),
                noGround.status(),
                noJustification.status()))
        .containsOnly(422);
    assertThat(noExemption.text("code")).isEqualTo("exemptionRequired");
    assertThat(noReference.text("code")).isEqualTo("publishedReferenceRequired");
    assertThat(noGround.text("code")).isEqualTo("refusalGroundRequired");
    assertThat(noJustification.text("code")).isEqualTo("publicJustificationRequired");
    assertThat(api.get(officer, path).text("status")).isEqualTo("AWAITING_RESPONSE");
    assertThat(
            database.count(
                "select count(*) from request_exemption e join information_request r on r.id = e.request_id where r.reference = ?",
                reference))
        .isZero();

    // A complete refusal awaits legal review; the requester sees nothing of it yet
    Reply refused =
        api.post(
            officer,
            path + "/decision",
            Map.of(
                "resolution", "REFUSED",
                "refusalGround", "EXEMPTION",
                "exemptions", List.of("STATE_SECURITY", "NATIONAL_DEFENCE"),
                "publicJustification", "Les plans demandés décrivent des installations sensibles.",
                "message", "Nous ne pouvons pas communiquer ces plans."));
    expect(refused, 200);
    assertThat(refused.text("status")).isEqualTo("AWAITING_REVIEW");
    Reply seenByRequester = api.get(citizen, path);
    assertThat(seenByRequester.text("status")).isEqualTo("AWAITING_RESPONSE");
    assertThat(seenByRequester.text("resolution")).isNull();
    assertThat(seenByRequester.text("letter")).isNull();
    assertThat(seenByRequester.json().get("exemptions")).isEmpty();
    assertThat(api.post(officer, path + "/review", Map.of("approved", true)).status())
        .isEqualTo(403);

    // The reviewer returns it; the officer grants in part; the reviewer approves
    Reply returned =
        api.post(
            reviewer,
            path + "/review",
            Map.of("approved", false, "comment", "Citer seulement la sûreté de l'État."));
    expect(returned, 200);
    assertThat(returned.text("status")).isEqualTo("AWAITING_RESPONSE");
    assertThat(returned.text("reviewComment")).isEqualTo("Citer seulement la sûreté de l'État.");
    Reply partial =
        api.post(
            officer,
            path + "/decision",
            Map.of(
                "resolution", "PARTIALLY_GRANTED",
                "exemptions", List.of("STATE_SECURITY"),
                "publicJustification", "Les plans décrivent des installations sensibles.",
                "withheldParts", "Les plans des sous-sols.",
                "message", "Le reste du dossier est joint."));
    expect(partial, 200);
    Reply approved = api.post(reviewer, path + "/review", Map.of("approved", true));
    expect(approved, 200);

    // Now the requester reads the decision and its letter, in Arabic, with the right to complain
    Reply answered = api.get(citizen, path);
    assertThat(answered.text("status")).isEqualTo("ANSWERED");
    assertThat(answered.text("resolution")).isEqualTo("PARTIALLY_GRANTED");
    assertThat(answered.json().get("exemptions").get(0).asText()).isEqualTo("STATE_SECURITY");
    assertThat(answered.text("letter"))
        .contains(reference)
        .contains("أمن الدولة الداخلي والخارجي")
        .contains("المادة 8")
        .contains("المادة 19");
    assertThat(types(api.get(officer, path + "/events").json()))
        .containsExactly(
            "REQUEST_FILED",
            "DECISION_RECORDED",
            "DECISION_RETURNED",
            "DECISION_RECORDED",
            "DECISION_APPROVED",
            "DECISION_RELEASED");
    assertThat(types(api.get(citizen, path + "/events").json()))
        .containsExactly("REQUEST_FILED", "DECISION_RELEASED");
  }

  @Test
  void aRequestTheBodyDoesNotHoldIsForwardedAsANewRequestWithItsOwnClock() {
    String body = api.createBody("MIN");
    String competent = api.createBody("COM");
    Caller officer = api.createStaff("OFFICER", body);
    Caller competentOfficer = api.createStaff("OFFICER", competent);
    Caller citizen = api.registerCitizen();
    String reference = file(citizen, body);

    Reply sameBody =
        api.post(officer, "/api/v1/requests/" + reference + "/forward", Map.of("bodyCode", body));
    Reply forwarded =
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/forward",
            Map.of("bodyCode", competent, "message", "Relève de la commune."));

    assertThat(sameBody.status()).isEqualTo(422);
    expect(forwarded, 200);
    assertThat(forwarded.text("status")).isEqualTo("FORWARDED");
    String newReference = forwarded.text("forwardedTo");
    assertThat(newReference).isNotEqualTo(reference);
    Reply atCompetentBody = api.get(competentOfficer, "/api/v1/requests/" + newReference);
    expect(atCompetentBody, 200);
    assertThat(atCompetentBody.text("channel")).isEqualTo("FORWARDED");
    assertThat(atCompetentBody.text("forwardedFrom")).isEqualTo(reference);
    assertThat(atCompetentBody.text("status")).isEqualTo("AWAITING_RESPONSE");
    assertThat(LocalDate.parse(atCompetentBody.text("dueDate")))
        .isEqualTo(new LegalCalendarOracle(api).plusWorkingDays(LocalDate.now(CASABLANCA), 20));
    assertThat(api.get(citizen, "/api/v1/requests/" + newReference).status()).isEqualTo(200);
    assertThat(
            last(api.get(citizen, "/api/v1/requests/" + reference + "/events").json())
                .get("type")
                .asText())
        .isEqualTo("REQUEST_FORWARDED");
    assertThat(api.get(officer, "/api/v1/requests/" + newReference).status()).isEqualTo(404);
  }

  @Test
  void aClosureDeclaredByTheAdministratorRetimesRunningRequestsButNotExpiredOnes() {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    Caller officer = api.createStaff("OFFICER", body);
    String running = file(citizen, body);
    String expired = file(citizen, body);
    // A request whose procedure cannot be found: its deadline cannot move with the others'
    String broken = file(citizen, body);
    String brokenDue = api.get(citizen, "/api/v1/requests/" + broken).text("dueDate");
    database.update(
        "update information_request set process_instance_id = 'lost-' || process_instance_id"
            + " where reference = ?",
        broken);
    moveReplyTimerToNow(expired);
    awaitStatus(officer, expired, "OVERDUE");
    String expiredDue = api.get(citizen, "/api/v1/requests/" + expired).text("dueDate");
    LocalDate receivedOn =
        LocalDate.parse(api.get(citizen, "/api/v1/requests/" + running).text("receivedOn"));
    LocalDate closure = new LegalCalendarOracle(api).plusWorkingDays(receivedOn, 3);
    String closurePath = "/api/v1/calendar/days/" + closure;
    Map<String, Object> change =
        Map.of("kind", "CLOSURE", "nameAr", "عطلة استثنائية", "nameFr", "Fermeture exceptionnelle");

    assertThat(api.send(citizen, "PUT", closurePath, change, Map.of()).status()).isEqualTo(403);
    Reply declared = api.send(Api.ADMIN, "PUT", closurePath, change, Map.of());

    try {
      expect(declared, 200);
      LocalDate movedDue = new LegalCalendarOracle(api).plusWorkingDays(receivedOn, 20);
      assertThat(dueDateOnce(running, movedDue::equals)).isEqualTo(movedDue);
      Reply retimed = api.get(citizen, "/api/v1/requests/" + running);
      assertThat(LocalDate.parse(retimed.text("dueDate"))).isEqualTo(movedDue);
      assertThat(replyTimer(running)).isEqualTo(endOf(movedDue));
      JsonNode recomputed =
          last(api.get(citizen, "/api/v1/requests/" + running + "/events").json());
      assertThat(recomputed.get("type").asText()).isEqualTo("DEADLINE_RECOMPUTED");
      assertThat(recomputed.get("context").get("calendarDay").asText())
          .isEqualTo(closure.toString());
      JsonNode skipped =
          api.get(citizen, "/api/v1/requests/" + running + "/clock")
              .json()
              .get("firstPeriod")
              .get("skippedDays");
      List<String> closures = new ArrayList<>();
      skipped.forEach(
          d -> {
            if (d.get("kind").asText().equals("CLOSURE")) closures.add(d.get("date").asText());
          });
      assertThat(closures).containsExactly(closure.toString());
      assertThat(api.get(citizen, "/api/v1/requests/" + expired).text("dueDate"))
          .isEqualTo(expiredDue);
      // The broken request neither stopped the others nor passed unseen: administrators are told
      JsonNode reported = recalculationOf(closure);
      assertThat(reported.path("finishedAt").isTextual()).isTrue();
      assertThat(reported.path("moved").asInt()).isPositive();
      assertThat(reported.path("notRecomputed")).hasSize(1);
      assertThat(reported.path("notRecomputed").get(0).path("reference").asText())
          .isEqualTo(broken);
      assertThat(reported.path("notRecomputed").get(0).path("failure").asText()).isNotBlank();
      assertThat(api.get(citizen, "/api/v1/requests/" + broken).text("dueDate"))
          .isEqualTo(brokenDue);
      assertThat(api.get(officer, "/api/v1/calendar/recalculations").status()).isEqualTo(403);
    } finally {
      database.update(
          "update information_request set process_instance_id = substr(process_instance_id, 6)"
              + " where reference = ? and process_instance_id like 'lost-%'",
          broken);
      expect(api.send(Api.ADMIN, "DELETE", closurePath, null, Map.of()), 204);
    }
    LocalDate restoredDue = new LegalCalendarOracle(api).plusWorkingDays(receivedOn, 20);
    assertThat(dueDateOnce(running, restoredDue::equals)).isEqualTo(restoredDue);
    assertThat(api.get(citizen, "/api/v1/requests/" + running).text("dueDate"))
        .isEqualTo(restoredDue.toString());
    assertThat(api.send(Api.ADMIN, "DELETE", closurePath, null, Map.of()).status()).isEqualTo(404);
  }

  @Test
  void thePublicCalendarListsProvisionalLunarHolidaysAndTheCalculatorExplainsADeadline() {
    Reply year = api.get(Caller.ANONYMOUS, "/api/v1/calendar/2026");
    Reply weekend =
        api.send(
            Api.ADMIN,
            "PUT",
            "/api/v1/calendar/days/2026-11-28",
            Map.of("kind", "CLOSURE", "nameAr", "x", "nameFr", "x"),
            Map.of());
    Reply calculator =
        api.get(
            Caller.ANONYMOUS,
            "/api/v1/calendar/deadline?from=2026-03-02&length=20&unit=WORKING_DAYS");

    expect(year, 200);
    Map<String, JsonNode> days = new HashMap<>();
    year.json().get("days").forEach(d -> days.put(d.get("date").asText(), d));
    assertThat(days.get("2026-10-31").get("holidayCode").asText()).isEqualTo("UNITY_DAY");
    assertThat(days.get("2026-01-14").get("holidayCode").asText()).isEqualTo("AMAZIGH_NEW_YEAR");
    assertThat(days).containsKey("2026-03-20");
    assertThat(days.get("2026-03-20").get("kind").asText()).isEqualTo("LUNAR_HOLIDAY");
    assertThat(weekend.status()).isEqualTo(422);
    expect(calculator, 200);
    assertThat(calculator.text("lastDay"))
        .isEqualTo(
            new LegalCalendarOracle(api).plusWorkingDays(LocalDate.of(2026, 3, 2), 20).toString());
    List<String> reasons = new ArrayList<>();
    calculator.json().get("skippedDays").forEach(d -> reasons.add(d.get("kind").asText()));
    assertThat(reasons).contains("WEEKEND");
  }

  @Test
  void anAdministratorConfirmsALunarHolidayOrMovesItAfterTheMoonSighting() {
    // Given Eid al-Fitr 2027 computed provisionally on 9 and 10 March
    Map<String, JsonNode> before = days(2027);
    assertThat(before.get("2027-03-09").get("provisional").asBoolean()).isTrue();

    // When the administrator confirms the first day and moves the second to 11 March
    Map<String, Object> confirmed =
        Map.of(
            "kind",
            "LUNAR_HOLIDAY",
            "holidayCode",
            "EID_AL_FITR",
            "nameAr",
            "عيد الفطر",
            "nameFr",
            "Aïd Al Fitr",
            "provisional",
            false);
    expect(
        api.send(Api.ADMIN, "PUT", "/api/v1/calendar/days/2027-03-09", confirmed, Map.of()), 200);
    expect(api.send(Api.ADMIN, "DELETE", "/api/v1/calendar/days/2027-03-10", null, Map.of()), 204);
    expect(
        api.send(Api.ADMIN, "PUT", "/api/v1/calendar/days/2027-03-11", confirmed, Map.of()), 200);

    // Then the public calendar shows the announced days, confirmed
    Map<String, JsonNode> after = days(2027);
    assertThat(after.get("2027-03-09").get("provisional").asBoolean()).isFalse();
    assertThat(after).doesNotContainKey("2027-03-10");
    assertThat(after.get("2027-03-11").get("holidayCode").asText()).isEqualTo("EID_AL_FITR");
    assertThat(after.get("2027-03-11").get("provisional").asBoolean()).isFalse();
  }

  private Map<String, JsonNode> days(int year) {
    Reply calendar = api.get(Caller.ANONYMOUS, "/api/v1/calendar/" + year);
    expect(calendar, 200);
    Map<String, JsonNode> days = new HashMap<>();
    calendar.json().get("days").forEach(d -> days.put(d.get("date").asText(), d));
    return days;
  }

  @Test
  void anUrgentRequestCanBeDeclinedClarifiedAndWithdrawnByItsRequester() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    Map<String, Object> urgent =
        Api.urgentRequest(body, "Une expulsion est prévue la semaine prochaine.");
    Reply filed = api.post(citizen, "/api/v1/requests", urgent);
    expect(filed, 201);
    String path = "/api/v1/requests/" + filed.text("reference");
    LocalDate receivedOn = LocalDate.parse(filed.text("receivedOn"));

    Reply declined =
        api.post(
            officer,
            path + "/urgency-decline",
            Map.of("reason", "La demande ne concerne pas la sécurité d'une personne."));
    expect(declined, 200);
    assertThat(declined.json().get("urgencyDeclined").asBoolean()).isTrue();
    assertThat(jobs(filed.text("reference"), "reminderDue")).isEqualTo(1);
    assertThat(LocalDate.parse(declined.text("dueDate")))
        .isEqualTo(new LegalCalendarOracle(api).plusWorkingDays(receivedOn, 20));

    Reply asked =
        api.post(officer, path + "/clarification", Map.of("question", "Quelle année visez-vous ?"));
    expect(asked, 200);
    assertThat(asked.text("status")).isEqualTo("AWAITING_CLARIFICATION");
    assertThat(api.get(citizen, path).text("openQuestion")).isEqualTo("Quelle année visez-vous ?");
    assertThat(
            api.post(officer, path + "/decision", Map.of("resolution", "GRANTED", "message", "x"))
                .status())
        .isEqualTo(409);

    Reply answered =
        api.post(citizen, path + "/clarification-answer", Map.of("answer", "L'année 2024."));
    expect(answered, 200);
    assertThat(answered.text("status")).isEqualTo("AWAITING_RESPONSE");
    assertThat(
            api.post(citizen, path + "/clarification-answer", Map.of("answer", "encore")).status())
        .isEqualTo(409);

    Reply consulted =
        api.post(
            officer,
            path + "/third-party-consultations",
            Map.of(
                "thirdParty",
                "Société Atlas Études",
                "question",
                "Consentez-vous à la communication de votre rapport ?",
                "dueDate",
                LocalDate.now(CASABLANCA).plusDays(10).toString()));
    expect(consulted, 201);
    assertThat(consulted.text("status")).isEqualTo("AWAITING_THIRD_PARTY");
    Reply thirdParty =
        api.post(
            officer,
            path + "/third-party-consultations/answer",
            Map.of("consents", true, "answer", "Accord donné par courrier."));
    expect(thirdParty, 200);
    assertThat(thirdParty.text("status")).isEqualTo("AWAITING_RESPONSE");

    assertThat(api.post(officer, path + "/withdrawal", null).status()).isEqualTo(403);
    Reply withdrawn = api.post(citizen, path + "/withdrawal", null);
    expect(withdrawn, 200);
    assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
    assertThat(
            database.count(
                "select count(*) from act_ru_execution where proc_inst_id_ = (select process_instance_id from information_request where reference = ?)",
                filed.text("reference")))
        .isZero();
    assertThat(
            api.post(officer, path + "/decision", Map.of("resolution", "GRANTED", "message", "x"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void aDecisionIsReviewedBySomeoneElseAndAWithdrawalDuringReviewRevealsNothingOfIt() {
    String body = api.createBody("MIN");
    Caller both = api.createStaff(List.of("OFFICER", "LEGAL_REVIEWER"), body);
    Caller citizen = api.registerCitizen();
    String path = "/api/v1/requests/" + file(citizen, body);
    Reply refused =
        api.post(
            both,
            path + "/decision",
            Map.of(
                "resolution",
                "REFUSED",
                "refusalGround",
                "IN_PREPARATION",
                "message",
                "Le rapport est en cours de rédaction."));
    expect(refused, 200);

    Reply selfReview = api.post(both, path + "/review", Map.of("approved", true));
    assertThat(selfReview.status()).isEqualTo(403);
    assertThat(selfReview.text("code")).isEqualTo("reviewerMadeTheDecision");

    Reply withdrawn = api.post(citizen, path + "/withdrawal", null);
    expect(withdrawn, 200);
    assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.text("resolution")).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.text("refusalGround")).isNull();
    assertThat(withdrawn.text("response")).isNull();
    assertThat(withdrawn.text("letter")).isNull();
    assertThat(types(api.get(citizen, path + "/events").json()))
        .containsExactly("REQUEST_FILED", "REQUEST_WITHDRAWN");
  }

  @Test
  void anOfficerRecordsTheClarificationOfAPaperRequestReceivedByPost() {
    String body = api.createBody("COM");
    Caller officer = api.createStaff("OFFICER", body);
    Reply received =
        api.post(
            officer,
            "/api/v1/bodies/" + body + "/intake",
            intake("COUNTER", LocalDate.now(CASABLANCA)));
    expect(received, 201);
    String path = "/api/v1/requests/" + received.text("reference");
    expect(api.post(officer, path + "/clarification", Map.of("question", "Quel quartier ?")), 200);

    Reply answered =
        api.post(
            officer,
            path + "/clarification-answer",
            Map.of("answer", "Hay Mohammadi (lettre du 2 décembre)."));

    expect(answered, 200);
    assertThat(answered.text("status")).isEqualTo("AWAITING_RESPONSE");
    assertThat(last(api.get(officer, path + "/events").json()).get("type").asText())
        .isEqualTo("CLARIFICATION_ANSWERED");
  }

  /** The recomputation after a change of that day, once it has ended (failing after 30 s). */
  private JsonNode recalculationOf(LocalDate day) {
    for (int i = 0; i < 60; i++) {
      for (JsonNode r : api.get(Api.ADMIN, "/api/v1/calendar/recalculations").json()) {
        if (r.path("day").asText().equals(day.toString()) && r.hasNonNull("finishedAt")) {
          return r;
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("No recomputation across " + day + " ended with a report");
  }

  private long jobs(String reference, String activity) {
    return database.count(
        "select count(*) from act_ru_job where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?)"
            + " and process_instance_id_ = (select process_instance_id from information_request where reference = ?)",
        activity,
        reference);
  }

  private String file(Caller citizen, String body) {
    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    expect(filed, 201);
    return filed.text("reference");
  }

  private Map<String, Object> intake(String channel, LocalDate receivedOn) {
    Map<String, Object> intake = new HashMap<>(Api.request("IGNORED"));
    intake.remove("bodyCode");
    intake.put("channel", channel);
    intake.put("receivedOn", receivedOn.toString());
    intake.put("firstName", "Hassan");
    intake.put("lastName", "Amrani");
    intake.put("address", "Douar Ait Ali, Ouarzazate");
    intake.put("nationalId", "JK445566");
    return intake;
  }

  private java.time.Instant replyTimer(String reference) {
    return database
        .single(
            "select duedate_ from act_ru_job where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'replyPeriodEnded') and process_instance_id_ ="
                + " (select process_instance_id from information_request where reference = ?)",
            Timestamp.class,
            reference)
        .toInstant();
  }

  private void moveReplyTimerToNow(String reference) {
    database.update(
        "update act_ru_job set duedate_ = ? where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'replyPeriodEnded') and process_instance_id_ ="
            + " (select process_instance_id from information_request where reference = ?)",
        new Timestamp(System.currentTimeMillis() - 1_000),
        reference);
  }

  private void awaitStatus(Caller caller, String reference, String status) {
    for (int i = 0; i < 60; i++) {
      if (status.equals(api.get(caller, "/api/v1/requests/" + reference).text("status"))) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError(reference + " never became " + status);
  }

  private static java.time.Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(CASABLANCA).toInstant();
  }

  private static JsonNode last(JsonNode array) {
    return array.get(array.size() - 1);
  }

  private static List<String> types(JsonNode events) {
    List<String> types = new ArrayList<>();
    events.forEach(e -> types.add(e.get("type").asText()));
    return types;
  }
}
