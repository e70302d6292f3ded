package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The later journeys in a real browser: a refused citizen complains to the head, who decides; an
 * administrator declares a closure and the citizen's due date moves.
 */
class RedressJourneyIT extends ApplicationDeployment {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void theRefusedCitizenComplainsToTheHeadWhoUpholdsTheRefusal() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller head = api.createStaff("HEAD", body);
    String headSecret = api.setUpSecondFactor(head);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            Map.of(
                "resolution", "REFUSED",
                "refusalGround", "IN_PREPARATION",
                "message", "Le rapport est en cours de rédaction.")),
        200);
    expect(
        api.post(reviewer, "/api/v1/requests/" + reference + "/review", Map.of("approved", true)),
        200);

    String complaint;
    String cdai;
    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "redress-ar")) {
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/request.xhtml?ref=" + reference);
      assertThat(browser.text("#status")).isEqualTo("تم الرد");
      assertThat(browser.text("main")).contains("Le rapport est en cours de rédaction.");
      browser.check("01-refusal");
      browser.type("#complain\\:grounds", "التقرير جاهز منذ أشهر، والرفض غير مبرر.");
      browser.follow("#complain\\:submit");
      assertThat(browser.driver().getCurrentUrl()).contains("complaint=RC-");
      complaint = browser.driver().getCurrentUrl().replaceAll(".*complaint=", "");
      browser.check("02-complaint-filed");
      browser.follow("#signout\\:signoutButton");
    }

    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "redress-head-fr")) {
      browser.signIn(head.email(), head.password(), Totp.code(headSecret, Totp.step() + 1));
      browser.open("/complaints.xhtml");
      assertThat(browser.text("ul.cards")).contains(complaint).contains("En attente de décision");
      browser.check("01-complaints");
      browser.follow("a[href$='ref=" + complaint + "']");
      browser.click("#decide\\:decision input[value='UPHELD']");
      browser.type("#decide\\:reasons", "Le rapport n’est pas encore validé par le conseil.");
      browser.follow("#decide\\:submit");
      assertThat(browser.text("#decision")).isEqualTo("Décision maintenue");
      browser.check("02-decided");
    }

    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "redress-ar")) {
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/request.xhtml?ref=" + reference);
      assertThat(browser.text("#headDecision")).isEqualTo("تأييد القرار");
      browser.check("03-head-decision");
      // The refusal upheld, the Commission may now be seized, from the same page
      browser.type("#commission\\:grounds", "رئيس المؤسسة أيد رفضًا غير مبرر.");
      browser.follow("#commission\\:submit");
      assertThat(browser.driver().getCurrentUrl()).contains("commission=CDAI-");
      cdai = browser.driver().getCurrentUrl().replaceAll(".*commission=", "");
      assertThat(browser.all("#commission")).isEmpty();
    }

    // The Commission admits the complaint and recommends disclosure
    Caller member = api.createCommissionMember();
    String memberSecret = api.setUpSecondFactor(member);
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "commission-fr")) {
      browser.signIn(member.email(), member.password(), Totp.code(memberSecret, Totp.step() + 1));
      browser.open("/commission.xhtml");
      assertThat(browser.text("ul.cards")).contains(cdai);
      browser.check("01-commission-complaints");
      browser.follow("a[href$='ref=" + cdai + "']");
      browser.click("#admissibility\\:admissible input[value='true']");
      browser.follow("#admissibility\\:submit");
      assertThat(browser.text("#status")).isEqualTo("En cours d’instruction");
      new org.openqa.selenium.support.ui.Select(browser.find("#recommend\\:recommendation"))
          .selectByValue("DISCLOSE");
      browser.type("#recommend\\:reasons", "Le rapport est achevé ; rien ne justifie le refus.");
      browser
          .driver()
          .executeScript(
              "arguments[0].value = arguments[1];",
              browser.find("#recommend\\:complianceDue"),
              LocalDate.now(ZoneId.of("Africa/Casablanca")).plusDays(30).toString());
      browser.follow("#recommend\\:submit");
      assertThat(browser.text("#recommendation")).isEqualTo("Communiquer l’information");
      browser.check("02-recommended");
    }
    assertThat(
            database.count(
                "select count(*) from head_complaint where reference = ? and decision = 'UPHELD'",
                complaint))
        .isEqualTo(1);
  }

  @Test
  void anAdministratorDeclaresAClosureAndTheCitizensDueDateMoves() {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    Api.Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    String reference = filed.text("reference");
    LocalDate due = LocalDate.parse(filed.text("dueDate"));
    LocalDate closure = nextWorkingDay(LocalDate.now(ZoneId.of("Africa/Casablanca")));
    assertThat(closure).isBefore(due);

    Caller admin = api.createAdministrator();
    String secret = api.setUpSecondFactor(admin);

    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 1280, "calendar-ar")) {
      browser.signIn(admin.email(), admin.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/calendar.xhtml?year=" + closure.getYear());
      browser.check("01-calendar");
      WebElement date = browser.find("#closure\\:date");
      browser
          .driver()
          .executeScript("arguments[0].value = arguments[1];", date, closure.toString());
      browser.type("#closure\\:nameAr", "عطلة استثنائية");
      browser.type("#closure\\:nameFr", "Fermeture exceptionnelle");
      browser.follow("#closure\\:submit");
      assertThat(browser.text(".messages")).contains("تم تحيين الجدول");
      browser.check("02-closure-declared");
    }
    try {
      LocalDate moved = dueDateOnce(reference, d -> d.isAfter(due));
      assertThat(moved).isAfter(due);
      try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 360, "calendar-fr")) {
        browser.signIn(citizen.email(), citizen.password(), null);
        browser.open("/request.xhtml?ref=" + reference);
        assertThat(browser.text("#dueDate")).startsWith(DATE.format(moved));
        browser.check("03-due-date-moved");
      }
    } finally {
      api.send(Api.ADMIN, "DELETE", "/api/v1/calendar/days/" + closure, null, Map.of());
    }
  }

  @Test
  void anAdministratorConfirmsALunarHolidayOnTheDayItIsObservedAndTheDueDateMoves() {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    Api.Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    String reference = filed.text("reference");
    LocalDate due = LocalDate.parse(filed.text("dueDate"));
    // A lunar holiday expected just after the due date turns out to be observed on the due date
    LocalDate provisional = nextWorkingDay(due);
    Caller admin = api.createAdministrator();
    String secret = api.setUpSecondFactor(admin);
    Api.expect(
        api.send(
            Api.ADMIN,
            "PUT",
            "/api/v1/calendar/days/" + provisional,
            Map.of(
                "kind", "LUNAR_HOLIDAY",
                "holidayCode", "TEST_EID",
                "nameAr", "عيد تجريبي",
                "nameFr", "Fête d’essai",
                "provisional", true),
            Map.of()),
        200);
    try {
      assertThat(storedDueDate(reference)).isEqualTo(due);
      Api.Reply refused =
          api.post(
              Api.ADMIN,
              "/api/v1/calendar/days/" + provisional + "/observed",
              Map.of("date", provisional.plusDays(30).toString()));
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.text("code")).isEqualTo("observedTooFar");

      try (Browser browser =
          new Browser(TestSettings.baseUrl(), "fr", 1280, "calendar-observed-fr")) {
        browser.signIn(admin.email(), admin.password(), Totp.code(secret, Totp.step() + 1));
        browser.open("/calendar.xhtml?year=" + provisional.getYear());
        browser
            .driver()
            .executeScript(
                "arguments[0].value = arguments[1];",
                browser.find("input[type='date'][data-day='" + provisional + "']"),
                due.toString());
        browser.follow("input[type='submit'][data-day='" + provisional + "']");
        assertThat(browser.text(".messages")).contains("Calendrier mis à jour");
        assertThat(browser.text("#days")).contains("Fête d’essai");
        browser.check("01-observed");
      }
      LocalDate moved = dueDateOnce(reference, d -> d.isAfter(due));
      assertThat(moved).isAfter(due);
      assertThat(
              database.count(
                  "select count(*) from non_working_day where day = ? and not provisional", due))
          .isEqualTo(1);
      assertThat(database.count("select count(*) from non_working_day where day = ?", provisional))
          .isZero();
      try (Browser browser =
          new Browser(TestSettings.baseUrl(), "ar", 360, "calendar-observed-ar")) {
        browser.signIn(citizen.email(), citizen.password(), null);
        browser.open("/request.xhtml?ref=" + reference);
        assertThat(browser.text("#dueDate")).startsWith(DATE.format(moved));
        browser.check("02-due-date-moved");
      }
    } finally {
      api.send(Api.ADMIN, "DELETE", "/api/v1/calendar/days/" + due, null, Map.of());
      api.send(Api.ADMIN, "DELETE", "/api/v1/calendar/days/" + provisional, null, Map.of());
    }
  }

  @Test
  void anAdministratorSeesTheRecomputationsOfDeadlinesGoingOnAndTheRequestsLeftOut() {
    // Given a recomputation under way after a change of the calendar (written as the change does,
    // with where it has got to)
    long id =
        database.single(
            "insert into deadline_recalculation (calendar_day, reason, requested_at,"
                + " after_due_date, after_id, moved) values (date '2099-12-01', 'Fermeture"
                + " d’essai', now(), date '2099-12-15', 1, 42) returning id",
            Long.class);
    // and a request it could not recompute
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    String stuck = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    database.update(
        "insert into deadline_recalculation_skip (recalculation_id, request_id, failure,"
            + " skipped_at) select ?, id, 'NullValueException: execution lost', now()"
            + " from information_request where reference = ?",
        id,
        stuck);
    Caller admin = api.createAdministrator();
    String secret = api.setUpSecondFactor(admin);
    try {
      // Then administrators, and only they, see it and how far it has got
      assertThat(api.get(api.registerCitizen(), "/api/v1/calendar/recalculations").status())
          .isEqualTo(403);
      Api.Reply underway = api.get(Api.ADMIN, "/api/v1/calendar/recalculations");
      expect(underway, 200);
      JsonNode found = null;
      for (JsonNode r : underway.json()) {
        if (r.path("day").asText().equals("2099-12-01")) {
          found = r;
        }
      }
      assertThat(found).isNotNull();
      assertThat(found.path("moved").asInt()).isEqualTo(42);
      assertThat(found.path("reachedDueDate").asText()).isEqualTo("2099-12-15");
      assertThat(found.path("notRecomputed").get(0).path("reference").asText()).isEqualTo(stuck);
      try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 360, "calendar-underway")) {
        browser.signIn(admin.email(), admin.password(), Totp.code(secret, Totp.step() + 1));
        browser.open("/calendar.xhtml?year=2099");
        assertThat(browser.text("#recalculations"))
            .contains("en train d’être recalculés")
            .contains("01/12/2099")
            .contains("Fermeture d’essai")
            .contains("42")
            .contains("15/12/2099");
        assertThat(browser.text("#not-recomputed"))
            .contains("n’ont pas pu être recalculés")
            .contains(stuck);
        browser.check("01-recalculations-underway");
      }
    } finally {
      database.update("delete from deadline_recalculation_skip where recalculation_id = ?", id);
      database.update("update deadline_recalculation set finished_at = now() where id = ?", id);
    }
  }

  /** The request's due date as the database holds it. */
  private LocalDate storedDueDate(String reference) {
    return database.single(
        "select due_date from information_request where reference = ?", LocalDate.class, reference);
  }

  private LocalDate nextWorkingDay(LocalDate from) {
    LegalCalendarOracle calendar = new LegalCalendarOracle(api);
    LocalDate day = from.plusDays(1);
    while (!calendar.isWorkingDay(day)
        || day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }
}
