package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import ma.accesinfo.it.Api.Caller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The body's staff at work in a real browser: the inbox, an extension, a refusal and its review.
 */
class BackOfficeIT extends ApplicationDeployment {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
      signIn(browser, officer, officerSecret);
      assertThat(browser.driver().getCurrentUrl()).contains("/inbox.xhtml");
      assertThat(browser.text("table.inbox")).contains(reference).contains("Dans les délais");
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

      signIn(browser, reviewer, reviewerSecret);
      browser.open("/inbox.xhtml?status=AWAITING_REVIEW");
      assertThat(browser.text("table.inbox")).contains(reference);
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

  private static void signIn(Browser browser, Caller staff, String secret) {
    browser.open("/signin.xhtml");
    browser.type("#signin\\:email", staff.email());
    browser.type("#signin\\:password", staff.password());
    browser.type("#signin\\:code", Totp.code(secret, Totp.step() + 1));
    browser.follow("#signin\\:submit");
  }
}
