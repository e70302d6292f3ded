package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The body's staff at work in a real browser: the inbox, an extension, a refusal and its review.
 */
class BackOfficeIT extends ApplicationDeployment {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void theInboxPagesAndSortsTheBodysRequestsOnTheServer() {
    String body = api.createBody("INB");
    Caller officer = api.createStaff("OFFICER", body);
    String secret = api.setUpSecondFactor(officer);
    Caller citizen = api.registerCitizen();
    for (int i = 1; i <= 27; i++) {
      Map<String, Object> request = Api.request(body);
      request.put("subject", String.format("Sujet %02d", i));
      Api.expect(api.post(citizen, "/api/v1/requests", request), 201);
    }
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "inbox-fr")) {
      browser.signIn(officer.email(), officer.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/inbox.xhtml");
      String rows = "#inbox\\:requests_data > tr";
      assertThat(browser.all(rows)).hasSize(25);
      assertThat(browser.text("#count-ok")).isEqualTo("27");
      assertThat(browser.text("#count-overdue")).isEqualTo("0");
      assertThat(browser.text(".ui-paginator-current")).isEqualTo("1–25 / 27");
      browser.click(".ui-paginator-next");
      waitFor(browser, () -> browser.all(rows).size() == 2);
      assertThat(browser.text(".ui-paginator-current")).isEqualTo("26–27 / 27");

      String subject = "#inbox\\:requests_head th:nth-child(2)";
      browser.click(subject);
      waitFor(browser, () -> browser.text(rows + ":first-child").contains("Sujet 01"));
      assertThat(browser.find(subject).getAttribute("aria-sort")).isEqualTo("ascending");
      browser.click(subject);
      waitFor(browser, () -> browser.text(rows + ":first-child").contains("Sujet 27"));
      assertThat(browser.find(subject).getAttribute("aria-sort")).isEqualTo("descending");
      browser.check("01-sorted-and-paged");
    }
  }

  /** Waits for an answer to an action on the page (PrimeFaces updates the table in place). */
  private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }

  @Test
  void anOfficerExtendsAndRefusesWithAnExemptionAndTheLegalReviewerApproves() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    String officerSecret = api.setUpSecondFactor(officer);
    String reviewerSecret = api.setUpSecondFactor(reviewer);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");

    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "back-office-fr")) {
      browser.signIn(
          officer.email(), officer.password(), Totp.code(officerSecret, Totp.step() + 1));
      assertThat(browser.driver().getCurrentUrl()).contains("/inbox.xhtml");
      assertThat(browser.text("#inbox\\:requests")).contains(reference).contains("Dans les délais");
      browser.check("01-inbox");

      browser.follow("a[href$='ref=" + reference + "']");
      browser.check("02-case");
      browser.click("#extend summary");
      new Select(browser.find("#extend\\:ground")).selectByValue("LARGE_VOLUME");
      browser.type("#extend\\:explanation", "Dix ans d’archives à rassembler.");
      browser.follow("#extend\\:submit");
      assertThat(browser.text(".messages")).contains("Action enregistrée");
      LocalDate extended =
          database.single(
              "select due_date from information_request where reference = ?",
              LocalDate.class,
              reference);
      assertThat(browser.text("#dueDate")).startsWith(DATE.format(extended));
      assertThat(
              database.count(
                  "select count(*) from information_request where reference = ?"
                      + " and extension_ground = 'LARGE_VOLUME'",
                  reference))
          .isEqualTo(1);

      // A refusal without the exemption it rests on is refused, and says why; nothing changes
      browser.click("#decide summary");
      browser.click("#decide\\:resolution input[value='REFUSED']");
      new Select(browser.find("#decide\\:refusalGround")).selectByValue("EXEMPTION");
      browser.type("#decide\\:message", "Refus.");
      browser.follow("#decide\\:submit");
      assertThat(browser.find(".messages .error").isDisplayed()).isTrue();
      assertThat(browser.text("#status")).isEqualTo("En cours d’examen");

      browser.click("#decide summary");
      browser.click("#decide\\:resolution input[value='REFUSED']");
      new Select(browser.find("#decide\\:refusalGround")).selectByValue("EXEMPTION");
      browser.click("#decide\\:exemptions input[value='PRIVATE_LIFE']");
      browser.type(
          "#decide\\:justification", "Les documents nomment des agents et leur état de santé.");
      browser.type("#decide\\:message", "Les documents demandés touchent la vie privée d’agents.");
      browser.follow("#decide\\:submit");
      assertThat(browser.text(".messages")).contains("Action enregistrée");
      browser.check("03-refusal-awaiting-review");
      browser.follow("#signout\\:signoutButton");

      browser.signIn(
          reviewer.email(), reviewer.password(), Totp.code(reviewerSecret, Totp.step() + 1));
      browser.open("/inbox.xhtml?status=AWAITING_REVIEW");
      assertThat(browser.text("#inbox\\:requests")).contains(reference);
      browser.follow("a[href$='ref=" + reference + "']");
      assertThat(browser.text("#review")).contains("Vie privée des personnes");
      browser.check("04-review");
      browser.follow("#review\\:approve");
      assertThat(browser.text("#status")).isEqualTo("Réponse envoyée");
    }
    expect(api.get(citizen, "/api/v1/requests/" + reference), 200);
    assertThat(
            database.count(
                "select count(*) from information_request where reference = ?"
                    + " and status = 'ANSWERED' and resolution = 'REFUSED'",
                reference))
        .isEqualTo(1);
  }

  @Test
  void anOfficerAsksForAClarificationWhichTheCitizenAnswersAndThenWithdrawsTheRequest() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    String secret = api.setUpSecondFactor(officer);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");

    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 1280, "clarification-ar")) {
      browser.signIn(officer.email(), officer.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/case.xhtml?ref=" + reference);
      browser.click("#clarify summary");
      browser.type("#clarify\\:question", "هل تقصدون الطرق الجماعية أم الطرق الإقليمية؟");
      browser.follow("#clarify\\:submit");
      assertThat(browser.text("#status")).isEqualTo("في انتظار توضيحكم");
      browser.check("01-clarification-asked");
    }
    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "clarification-ar")) {
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/request.xhtml?ref=" + reference);
      assertThat(browser.text("#clarify")).contains("الطرق الإقليمية");
      browser.check("02-clarification-to-answer");
      browser.type("#clarify\\:answer", "الطرق الجماعية فقط.");
      browser.follow("#clarify\\:submit");
      assertThat(browser.all("#clarify")).isEmpty();
      assertThat(browser.text(".timeline")).contains("تقديم التوضيح");

      browser.click("#withdraw summary");
      browser.follow("#withdraw\\:submit");
      assertThat(browser.text("#status")).isEqualTo("مسحوب");
    }
    assertThat(
            database.count(
                "select count(*) from information_request where reference = ?"
                    + " and status = 'WITHDRAWN'",
                reference))
        .isEqualTo(1);
  }

  @Test
  void anAdministratorAddsABodyAndItsOfficer() {
    Caller admin = api.createAdministrator();
    String secret = api.setUpSecondFactor(admin);
    String code = "COM-" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String officer = "officer." + java.util.UUID.randomUUID() + "@it.accesinfo.ma";

    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "administration-fr")) {
      browser.signIn(admin.email(), admin.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/admin.xhtml");
      browser.check("01-administration");
      browser.type("#body\\:code", code);
      new Select(browser.find("#body\\:kind")).selectByValue("COMMUNE");
      browser.type("#body\\:nameAr", "جماعة إفران");
      browser.type("#body\\:nameFr", "Commune d’Ifrane");
      browser.follow("#body\\:submit");
      assertThat(browser.text(".messages")).contains("Action enregistrée");

      browser.type("#staff\\:firstName", "Youssef");
      browser.type("#staff\\:lastName", "Amrani");
      browser.type("#staff\\:email", officer);
      browser.type("#staff\\:password", "Cedar-Forest-Ifrane-9");
      new Select(browser.find("#staff\\:role")).selectByValue("OFFICER");
      browser.type("#staff\\:staffBody", code);
      browser.follow("#staff\\:submit");
      assertThat(browser.text(".messages")).contains("Action enregistrée");

      browser.open("/bodies.xhtml?q=" + code);
      assertThat(browser.text("ul.cards")).contains("Commune d’Ifrane");
    }
    assertThat(
            database.count(
                "select count(*) from account a join account_role r on r.account_id = a.id"
                    + " join body b on b.id = r.body_id where a.email = ? and b.code = ?"
                    + " and r.role = 'OFFICER'",
                officer,
                code))
        .isEqualTo(1);
  }

  @Test
  void anAdministratorSeesTheNightsWorkAndStartsItNow() {
    Caller admin = api.createAdministrator();
    String secret = api.setUpSecondFactor(admin);

    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "night-work-fr")) {
      browser.signIn(admin.email(), admin.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/admin.xhtml");
      assertThat(browser.text("#retention-state")).contains("730 jours");
      browser.check("01-night-work");

      browser.follow("#retention\\:start");
      assertThat(browser.text(".messages")).contains("Lancé");
      // The run goes on in the background; once ended it is on record, started by this
      // administrator (the latest run first)
      assertThat(browser.reopenUntil("/admin.xhtml", "#night", t -> t.contains(admin.email())))
          .contains(admin.email());
      assertThat(browser.text("#retention-runs tbody tr:first-child")).contains(admin.email());

      browser.follow("#chain\\:start");
      assertThat(browser.text(".messages")).contains("Lancé");
      assertThat(
              browser.reopenUntil(
                  "/admin.xhtml", "#chain-state", t -> t.contains("Chaîne intacte")))
          .contains("Chaîne intacte");
      browser.check("02-night-work-done");
    }
    assertThat(
            database.count(
                "select count(*) from retention_run r join account a on a.id = r.started_by"
                    + " where a.email = ?",
                admin.email()))
        .isEqualTo(1);
  }

  @Test
  void anOfficerTakesInAPaperRequestAndConsultsAThirdParty() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    String secret = api.setUpSecondFactor(officer);

    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 1280, "intake-ar")) {
      browser.signIn(officer.email(), officer.password(), Totp.code(secret, Totp.step() + 1));
      browser.open("/intake.xhtml?body=" + body);
      browser.check("01-intake");
      browser.click("#intake\\:channel input[value='POST']");
      browser.type("#intake\\:firstName", "Hassan");
      browser.type("#intake\\:lastName", "Berrada");
      browser.type("#intake\\:nationalId", "J123456");
      browser.type("#intake\\:address", "5، شارع الحسن الثاني، فاس");
      browser.type("#intake\\:subject", "محاضر المجلس الجماعي 2025");
      browser.type("#intake\\:description", "نسخة من محاضر دورات المجلس لسنة 2025.");
      browser.follow("#intake\\:submit");
      String reference = browser.text("#reference");
      assertThat(reference).matches("DI-\\d{4}-\\d{6}");
      assertThat(
              database.count(
                  "select count(*) from information_request r join body b on b.id = r.body_id"
                      + " where r.reference = ? and b.code = ? and r.channel = 'POST'"
                      + " and r.requester_id is null",
                  reference,
                  body))
          .isEqualTo(1);

      browser.click("#consult summary");
      browser.type("#consult\\:party", "Société des Eaux de Fès");
      browser.type("#consult\\:contact", "contact@eaux-fes.ma");
      browser.type("#consult\\:question", "Consentez-vous à la communication de votre contrat ?");
      browser
          .driver()
          .executeScript(
              "arguments[0].value = arguments[1];",
              browser.find("#consult\\:due"),
              LocalDate.now().plusDays(10).toString());
      browser.follow("#consult\\:submit");
      assertThat(browser.all("#thirdParty")).hasSize(1);
      browser.type("#thirdParty\\:answer", "Accord écrit reçu le jour même.");
      browser.follow("#thirdParty\\:consents");
      assertThat(browser.all("#thirdParty")).isEmpty();
      assertThat(
              database.count(
                  "select count(*) from information_request where reference = ?"
                      + " and status = 'AWAITING_RESPONSE'",
                  reference))
          .isEqualTo(1);
      assertThat(browser.text(".timeline")).contains("استشارة الغير");
    }
  }
}
