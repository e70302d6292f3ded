package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** Redress on the real stack: the head of the body, the Commission, compliance and the court. */
class RedressIT extends ApplicationDeployment {

  private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

  /** A body with its officer, head and legal reviewer, and a citizen with a refused request. */
  private record Case(
      String body, Caller officer, Caller head, Caller reviewer, Caller citizen, String request) {}

  @Test
  void refusalUpheldByTheHeadThenTheCommissionRecommendsDisclosureAndTheBodyComplies() {
    Case c = refusedRequest();
    Caller commission = api.createCommissionMember();
    LocalDate today = LocalDate.now(CASABLANCA);

    // The citizen complains to the head, who upholds the refusal
    Reply complaint =
        api.post(
            c.citizen(),
            "/api/v1/requests/" + c.request() + "/complaints",
            Map.of("grounds", "Le rapport existe déjà en version provisoire."));
    expect(complaint, 201);
    String complaintRef = complaint.text("reference");
    assertThat(complaintRef).matches("RC-\\d{4}-\\d{6}");
    assertThat(complaint.text("basis")).isEqualTo("REFUSAL");
    assertThat(LocalDate.parse(complaint.text("dueDate")))
        .isEqualTo(new LegalCalendarOracle(api).nextWorkingDayFrom(today.plusDays(15)));
    assertThat(
            api.post(
                    c.officer(),
                    "/api/v1/complaints/" + complaintRef + "/decision",
                    Map.of("decision", "UPHELD", "reasons", "x"))
                .status())
        .isEqualTo(403);
    Reply upheld =
        api.post(
            c.head(),
            "/api/v1/complaints/" + complaintRef + "/decision",
            Map.of("decision", "UPHELD", "reasons", "Le rapport n'est pas achevé."));
    expect(upheld, 200);
    assertThat(upheld.text("status")).isEqualTo("CLOSED");
    assertThat(upheld.text("commissionWindowOpens")).isEqualTo(today.toString());

    // The citizen seizes the Commission, which admits the complaint and asks the body
    Reply seized =
        api.post(
            c.citizen(),
            "/api/v1/requests/" + c.request() + "/commission-complaints",
            Map.of("grounds", "Le chef de l'organisme a confirmé un refus injustifié."));
    expect(seized, 201);
    String cdai = seized.text("reference");
    assertThat(cdai).matches("CDAI-\\d{4}-\\d{6}");
    assertThat(seized.text("status")).isEqualTo("AWAITING_ADMISSIBILITY");
    assertThat(seized.text("headComplaintReference")).isEqualTo(complaintRef);
    String path = "/api/v1/commission-complaints/" + cdai;
    assertThat(api.post(c.head(), path + "/admissibility", Map.of("admissible", true)).status())
        .isEqualTo(403);
    expect(api.post(commission, path + "/admissibility", Map.of("admissible", true)), 200);
    Reply asked =
        api.post(
            commission,
            path + "/observation-requests",
            Map.of(
                "question",
                "Transmettez le rapport et vos observations.",
                "dueDate",
                today.plusDays(10).toString()));
    expect(asked, 200);
    assertThat(asked.text("status")).isEqualTo("AWAITING_OBSERVATIONS");

    // The body answers in the system; the Commission recommends disclosure
    Reply observations =
        api.post(
            c.officer(),
            path + "/observations",
            Map.of("answer", "Le rapport est joint.", "documents", "rapport-provisoire.pdf"));
    expect(observations, 200);
    assertThat(observations.text("status")).isEqualTo("UNDER_INVESTIGATION");
    JsonNode seenByRequester = api.get(c.citizen(), path).json().get("observationRequests").get(0);
    assertThat(seenByRequester.path("answer").isMissingNode()).isTrue();
    assertThat(seenByRequester.get("question").asText())
        .isEqualTo("Transmettez le rapport et vos observations.");
    Reply recommended =
        api.post(
            commission,
            path + "/recommendation",
            Map.of(
                "recommendation",
                "DISCLOSE",
                "reasons",
                "Un rapport provisoire est une information détenue.",
                "complianceDueDate",
                today.plusDays(20).toString()));
    expect(recommended, 200);
    assertThat(recommended.text("status")).isEqualTo("RECOMMENDED");
    assertThat(recommended.text("complianceStatus")).isEqualTo("PENDING");
    assertThat(LocalDate.parse(recommended.text("courtWindowEnds")))
        .isEqualTo(new LegalCalendarOracle(api).nextWorkingDayFrom(today.plusDays(60)));

    // The body complies, with evidence, and the Commission sees it
    assertThat(
            api.post(
                    c.officer(),
                    path + "/compliance",
                    Map.of("status", "NOT_COMPLIED", "evidence", "x"))
                .status())
        .isEqualTo(400);
    Reply complied =
        api.post(
            c.officer(),
            path + "/compliance",
            Map.of("status", "COMPLIED", "evidence", "Rapport envoyé par courriel le jour même."));
    expect(complied, 200);
    Reply seenByCommission = api.get(commission, path);
    assertThat(seenByCommission.text("complianceStatus")).isEqualTo("COMPLIED");
    assertThat(seenByCommission.text("complianceEvidence"))
        .isEqualTo("Rapport envoyé par courriel le jour même.");
    assertThat(
            database.count(
                "select count(*) from act_ru_execution where proc_inst_id_ = (select process_instance_id from commission_complaint where reference = ?)",
                cdai))
        .isZero();

    // The requester records an appeal to the court all the same
    Reply appeal = api.post(c.citizen(), path + "/appeal", Map.of("lodgedOn", today.toString()));
    expect(appeal, 200);
    assertThat(appeal.text("appealLodgedOn")).isEqualTo(today.toString());

    // The whole chain is in the request's log
    assertThat(types(api.get(c.citizen(), "/api/v1/requests/" + c.request() + "/events").json()))
        .containsSubsequence(
            "DECISION_RELEASED",
            "COMPLAINT_TO_HEAD_FILED",
            "COMPLAINT_DECIDED_BY_HEAD",
            "COMMISSION_COMPLAINT_FILED",
            "COMMISSION_COMPLAINT_ADMITTED",
            "COMMISSION_RECOMMENDATION",
            "COMPLIANCE_RECORDED",
            "COURT_APPEAL_RECORDED");
  }

  @Test
  void complaintsOutsideTheirWindowsAreRefusedAndStoreNothing() {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    expect(filed, 201);
    String request = filed.text("reference");
    long complaints = database.count("select count(*) from head_complaint");

    // Before any answer and before the due date: not yet
    Reply early =
        api.post(
            citizen,
            "/api/v1/requests/" + request + "/complaints",
            Map.of("grounds", "Trop lent."));
    assertThat(early.status()).isEqualTo(422);
    assertThat(early.text("code")).isEqualTo("complaintWindowNotOpen");
    // Not before the head either
    Reply commissionFirst =
        api.post(
            citizen,
            "/api/v1/requests/" + request + "/commission-complaints",
            Map.of("grounds", "Trop lent."));
    assertThat(commissionFirst.status()).isEqualTo(422);
    assertThat(commissionFirst.text("code")).isEqualTo("headComplaintFirst");

    // An answer received two months ago: the 20 working days are over
    Case c = refusedRequest();
    database.update(
        "update information_request set closed_at = ? where reference = ?",
        Timestamp.from(
            LocalDate.now(CASABLANCA).minusMonths(2).atStartOfDay(CASABLANCA).toInstant()),
        c.request());
    Reply late =
        api.send(
            c.citizen(),
            "POST",
            "/api/v1/requests/" + c.request() + "/complaints",
            Map.of("grounds", "Refus injustifié."),
            Map.of("Accept-Language", "fr"));
    assertThat(late.status()).isEqualTo(422);
    assertThat(late.text("code")).isEqualTo("complaintWindowClosed");
    assertThat(late.text("detail")).contains("art. 19");
    assertThat(database.count("select count(*) from head_complaint")).isEqualTo(complaints);
  }

  @Test
  void whenTheHeadStaysSilentTheCommissionOpensAndItsStaffRegisterAPaperComplaint() {
    Case c = refusedRequest();
    Caller commission = api.createCommissionMember();
    Reply complaint =
        api.post(
            c.citizen(),
            "/api/v1/requests/" + c.request() + "/complaints",
            Map.of("grounds", "Refus injustifié."));
    expect(complaint, 201);
    String complaintRef = complaint.text("reference");

    // While the head may still decide, the Commission is not yet open
    Reply tooEarly =
        api.post(
            commission,
            "/api/v1/commission-complaints",
            Map.of(
                "requestReference",
                c.request(),
                "complainantIdentityNumber",
                "AB 123456",
                "channel",
                "REGISTERED_POST",
                "receivedOn",
                LocalDate.now(CASABLANCA).toString(),
                "grounds",
                "Pas de réponse."));
    assertThat(tooEarly.status()).isEqualTo(422);
    assertThat(tooEarly.text("code")).isEqualTo("commissionWindowNotOpen");
    Reply wrongPerson =
        api.post(
            commission,
            "/api/v1/commission-complaints",
            Map.of(
                "requestReference", c.request(),
                "complainantIdentityNumber", "ZZ999999",
                "channel", "EMAIL",
                "receivedOn", LocalDate.now(CASABLANCA).toString(),
                "grounds", "Pas de réponse."));
    assertThat(wrongPerson.status()).isEqualTo(404);
    assertThat(wrongPerson.text("code")).isEqualTo("requestNotFound");

    // The head's 15 days pass without a decision (the due day is brought back, and its timer with
    // it)
    database.update(
        "update head_complaint set due_date = ? where reference = ?",
        java.sql.Date.valueOf(LocalDate.now(CASABLANCA).minusDays(1)),
        complaintRef);
    database.update(
        "update act_ru_job set duedate_ = ? where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = 'decisionPeriodEnded')"
            + " and process_instance_id_ = (select process_instance_id from head_complaint where reference = ?)",
        new Timestamp(System.currentTimeMillis() - 1_000),
        complaintRef);
    Reply overdue = null;
    for (int i = 0; i < 60; i++) {
      overdue = api.get(c.citizen(), "/api/v1/complaints/" + complaintRef);
      if (overdue.json().get("overdue").asBoolean()) {
        break;
      }
      sleep();
    }
    assertThat(overdue.json().get("overdue").asBoolean()).isTrue();
    assertThat(overdue.text("commissionWindowEnds")).isNotNull();

    // Commission staff register the complaint received by registered post
    Reply registered =
        api.post(
            commission,
            "/api/v1/commission-complaints",
            Map.of(
                "requestReference",
                c.request(),
                "complainantIdentityNumber",
                "AB 123456",
                "channel",
                "REGISTERED_POST",
                "receivedOn",
                LocalDate.now(CASABLANCA).toString(),
                "grounds",
                "Le chef de l'organisme n'a pas répondu."));
    expect(registered, 201);
    assertThat(registered.text("channel")).isEqualTo("REGISTERED_POST");
    assertThat(
            api.get(c.citizen(), "/api/v1/commission-complaints/" + registered.text("reference"))
                .status())
        .isEqualTo(200);

    // Inadmissible with a reason, it may be filed again
    expect(
        api.post(
            commission,
            "/api/v1/commission-complaints/" + registered.text("reference") + "/admissibility",
            Map.of("admissible", false, "reason", "Plainte non signée.")),
        200);
    Reply again =
        api.post(
            c.citizen(),
            "/api/v1/requests/" + c.request() + "/commission-complaints",
            Map.of("grounds", "Plainte signée cette fois."));
    expect(again, 201);
  }

  @Test
  void aCommissionMemberSeesTheComplainedCaseFileAndNothingElseOfTheBody() {
    Case c = refusedRequest();
    Caller commission = api.createCommissionMember();
    Reply other = api.post(c.citizen(), "/api/v1/requests", Api.request(c.body()));
    expect(other, 201);
    String otherRequest = other.text("reference");

    assertThat(api.get(commission, "/api/v1/requests/" + c.request()).status()).isEqualTo(404);

    Reply complaint =
        api.post(
            c.citizen(),
            "/api/v1/requests/" + c.request() + "/complaints",
            Map.of("grounds", "Refus injustifié."));
    expect(complaint, 201);
    expect(
        api.post(
            c.head(),
            "/api/v1/complaints/" + complaint.text("reference") + "/decision",
            Map.of("decision", "UPHELD", "reasons", "Maintenu.")),
        200);
    expect(
        api.post(
            c.citizen(),
            "/api/v1/requests/" + c.request() + "/commission-complaints",
            Map.of("grounds", "Refus maintenu à tort.")),
        201);

    Reply caseFile = api.get(commission, "/api/v1/requests/" + c.request());
    expect(caseFile, 200);
    assertThat(caseFile.text("refusalGround")).isEqualTo("IN_PREPARATION");
    assertThat(types(api.get(commission, "/api/v1/requests/" + c.request() + "/events").json()))
        .contains("DECISION_RECORDED", "DECISION_APPROVED");
    assertThat(api.get(commission, "/api/v1/complaints/" + complaint.text("reference")).status())
        .isEqualTo(200);
    assertThat(api.get(commission, "/api/v1/requests/" + otherRequest).status()).isEqualTo(404);
    assertThat(api.get(commission, "/api/v1/requests").json()).isEmpty();
    assertThat(
            api.post(
                    commission,
                    "/api/v1/requests/" + otherRequest + "/decision",
                    Map.of("resolution", "GRANTED", "message", "x"))
                .status())
        .isEqualTo(404);
    Caller stranger = api.registerCitizen();
    assertThat(api.get(stranger, "/api/v1/complaints/" + complaint.text("reference")).status())
        .isEqualTo(404);
  }

  @Test
  void anOverturnedRefusalIsReleasedAndTheRequestsOutcomeFollows() {
    Case c = refusedRequest();
    LocalDate today = LocalDate.now(CASABLANCA);
    String complaint =
        api.post(
                c.citizen(),
                "/api/v1/requests/" + c.request() + "/complaints",
                Map.of("grounds", "Le rapport est achevé."))
            .text("reference");
    String path = "/api/v1/complaints/" + complaint;

    Reply tooFar =
        api.post(
            c.head(),
            path + "/decision",
            Map.of(
                "decision",
                "OVERTURNED",
                "reasons",
                "x",
                "releaseDueDate",
                today.plusYears(3).toString()));
    assertThat(tooFar.status()).isEqualTo(422);
    assertThat(tooFar.text("code")).isEqualTo("dueDateTooFar");
    Reply overturned =
        api.post(
            c.head(),
            path + "/decision",
            Map.of(
                "decision",
                "OVERTURNED",
                "reasons",
                "Le rapport est public depuis lundi.",
                "releaseDueDate",
                today.plusDays(7).toString()));
    expect(overturned, 200);
    assertThat(overturned.text("status")).isEqualTo("AWAITING_RELEASE");

    Reply released =
        api.post(
            c.officer(), path + "/release", Map.of("message", "Le rapport vous a été envoyé."));

    expect(released, 200);
    assertThat(released.text("status")).isEqualTo("CLOSED");
    Reply request = api.get(c.citizen(), "/api/v1/requests/" + c.request());
    assertThat(request.text("resolution")).isEqualTo("GRANTED");
    assertThat(request.text("response")).isEqualTo("Le rapport vous a été envoyé.");
    assertThat(request.text("refusalGround")).isNull();
  }

  @Test
  void theBodyRegistersAPaperComplaintAgainstItsSilenceAndTheReleaseAnswersTheRequest() {
    String body = api.createBody("COM");
    Caller officer = api.createStaff("OFFICER", body);
    Caller head = api.createStaff("HEAD", body);
    LocalDate today = LocalDate.now(CASABLANCA);
    Map<String, Object> intake = new java.util.HashMap<>(Api.request("IGNORED"));
    intake.remove("bodyCode");
    intake.putAll(
        Map.of(
            "channel",
            "COUNTER",
            "receivedOn",
            today.toString(),
            "firstName",
            "Hassan",
            "lastName",
            "Amrani",
            "address",
            "Ouarzazate",
            "nationalId",
            "JK445566"));
    String request =
        api.post(officer, "/api/v1/bodies/" + body + "/intake", intake).text("reference");
    // Its period ends without an answer (the due day is brought back, and its timer with it)
    database.update(
        "update information_request set due_date = ?, first_due_date = ? where reference = ?",
        java.sql.Date.valueOf(today.minusDays(1)),
        java.sql.Date.valueOf(today.minusDays(1)),
        request);

    Reply registered =
        api.post(
            officer,
            "/api/v1/complaints",
            Map.of(
                "requestReference",
                request,
                "channel",
                "POST",
                "receivedOn",
                today.toString(),
                "grounds",
                "Aucune réponse reçue."));

    expect(registered, 201);
    assertThat(registered.text("basis")).isEqualTo("NO_ANSWER");
    String path = "/api/v1/complaints/" + registered.text("reference");
    expect(
        api.post(
            head,
            path + "/decision",
            Map.of(
                "decision",
                "PARTIALLY_OVERTURNED",
                "reasons",
                "Communiquer le budget.",
                "releaseDueDate",
                today.plusDays(5).toString())),
        200);
    expect(
        api.post(officer, path + "/release", Map.of("message", "Budget communiqué par courrier.")),
        200);
    Reply answered = api.get(officer, "/api/v1/requests/" + request);
    assertThat(answered.text("status")).isEqualTo("ANSWERED");
    assertThat(answered.text("resolution")).isEqualTo("PARTIALLY_GRANTED");
    assertThat(
            database.count(
                "select count(*) from act_ru_execution where proc_inst_id_ = (select process_instance_id from information_request where reference = ?)",
                request))
        .isZero();
  }

  @Test
  void onTheComplaintsPageTheBodyAnswersTheCommissionAndRecordsComplianceAndTheCitizenAnAppeal() {
    Case c = refusedRequest();
    Caller commission = api.createCommissionMember();
    LocalDate today = LocalDate.now(CASABLANCA);
    String complaint =
        api.post(
                c.citizen(),
                "/api/v1/requests/" + c.request() + "/complaints",
                Map.of("grounds", "Le rapport existe."))
            .text("reference");
    expect(
        api.post(
            c.head(),
            "/api/v1/complaints/" + complaint + "/decision",
            Map.of("decision", "UPHELD", "reasons", "Le rapport n’est pas achevé.")),
        200);
    String cdai =
        api.post(
                c.citizen(),
                "/api/v1/requests/" + c.request() + "/commission-complaints",
                Map.of("grounds", "Un rapport provisoire est une information détenue."))
            .text("reference");
    String path = "/api/v1/commission-complaints/" + cdai;
    expect(api.post(commission, path + "/admissibility", Map.of("admissible", true)), 200);
    expect(
        api.post(
            commission,
            path + "/observation-requests",
            Map.of(
                "question", "Transmettez le rapport.", "dueDate", today.plusDays(10).toString())),
        200);
    // Another officer of the body, whose code no API session has used in this time step
    Caller officer = api.createStaff("OFFICER", c.body());
    String officerSecret = api.setUpSecondFactor(officer);
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "commission-body-fr")) {
      browser.signIn(
          officer.email(), officer.password(), Totp.code(officerSecret, Totp.step() + 1));
      browser.open("/commission-complaint.xhtml?ref=" + cdai);
      browser.type("#answer\\:text", "Le rapport provisoire est joint.");
      browser.type("#answer\\:documents", "rapport-provisoire.pdf");
      browser.follow("#answer\\:submit");
      assertThat(browser.text(".messages")).contains("Action enregistrée");
      browser.check("01-observations-answered");
      assertThat(api.get(commission, path).text("status")).isEqualTo("UNDER_INVESTIGATION");
      assertThat(
              api.get(commission, path)
                  .json()
                  .get("observationRequests")
                  .get(0)
                  .get("answer")
                  .asText())
          .isEqualTo("Le rapport provisoire est joint.");

      // The Commission recommends disclosure; the body records on the page that it complied
      expect(
          api.post(
              commission,
              path + "/recommendation",
              Map.of(
                  "recommendation", "DISCLOSE",
                  "reasons", "Un rapport provisoire est une information détenue.",
                  "complianceDueDate", today.plusDays(20).toString())),
          200);
      browser.open("/commission-complaint.xhtml?ref=" + cdai);
      browser.click("#bodyCompliance\\:status input[value='COMPLIED']");
      browser.type("#bodyCompliance\\:evidence", "Rapport envoyé le jour même.");
      browser.follow("#bodyCompliance\\:submit");
      assertThat(browser.text("#compliance")).isEqualTo("Exécutée");
      browser.check("02-complied");
    }
    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "commission-appeal-ar")) {
      browser.signIn(c.citizen().email(), c.citizen().password(), null);
      browser.open("/commission-complaint.xhtml?ref=" + cdai);
      browser
          .driver()
          .executeScript(
              "arguments[0].value = arguments[1];",
              browser.find("#appeal\\:lodgedOn"),
              today.toString());
      browser.type("#appeal\\:outcome", "قيد النظر");
      browser.follow("#appeal\\:submit");
      assertThat(browser.text("#appealLodged")).contains("قيد النظر");
      browser.check("01-appeal-recorded");
    }
    assertThat(api.get(commission, path).text("appealLodgedOn")).isEqualTo(today.toString());
  }

  private Case refusedRequest() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller head = api.createStaff("HEAD", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller citizen = api.registerCitizen();
    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    expect(filed, 201);
    String request = filed.text("reference");
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + request + "/decision",
            Map.of(
                "resolution",
                "REFUSED",
                "refusalGround",
                "IN_PREPARATION",
                "message",
                "Le rapport est en cours de rédaction.")),
        200);
    expect(
        api.post(reviewer, "/api/v1/requests/" + request + "/review", Map.of("approved", true)),
        200);
    return new Case(body, officer, head, reviewer, citizen, request);
  }

  private static List<String> types(JsonNode events) {
    List<String> types = new ArrayList<>();
    events.forEach(e -> types.add(e.get("type").asText()));
    return types;
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
