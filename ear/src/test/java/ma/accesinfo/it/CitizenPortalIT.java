package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** The citizen's pages, walked in a real browser in Arabic and in French, on a phone's width. */
class CitizenPortalIT extends ApplicationDeployment {

  @Test
  void aCitizenSignsUpFilesAfterReviewingAndReadsTheReceiptInArabic() {
    String body = api.createBody("MIN");
    String email = "portal." + UUID.randomUUID() + "@it.accesinfo.ma";
    try (Browser browser = new Browser(TestSettings.baseUrl(), "ar", 360, "citizen-ar")) {
      browser.open("/");
      assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ar");
      assertThat(browser.text("h1")).isEqualTo("حقكم في الحصول على المعلومات");
      browser.check("01-home");

      // Filing needs an account: the visitor is sent to sign in, and from there signs up
      browser.open("/file.xhtml?body=" + body);
      assertThat(browser.driver().getCurrentUrl()).contains("/signin.xhtml?next=");
      browser.open("/signup.xhtml");
      browser.check("02-signup");
      String before = browser.cookie("JSESSIONID");
      browser.type("#signup\\:firstName", "Amina");
      browser.type("#signup\\:lastName", "El Idrissi");
      browser.type("#signup\\:email", email);
      browser.type("#signup\\:password", "Argan-Tree-Rabat-7");
      browser.type("#signup\\:nationalId", "BK 123456");
      browser.type("#signup\\:address", "12، زنقة الأطلس، الرباط");
      browser.follow("#signup\\:submit");
      // Signed in, with a new session id, on the form
      assertThat(browser.driver().getCurrentUrl()).as(browser.text("main")).contains("/file.xhtml");
      assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);

      browser.open("/bodies.xhtml?q=" + body);
      browser.check("03-bodies");
      browser.follow("ul.cards a.button");
      browser.check("04-form");
      assertThat(browser.find("#request\\:body").getAttribute("value")).isEqualTo(body);
      browser.type("#request\\:subject", "ميزانية صيانة الطرق 2025");
      browser.type(
          "#request\\:description", "أطلب الميزانية المخصصة لصيانة الطرق الجماعية سنة 2025.");
      browser.follow("#request\\:review");
      assertThat(browser.text("#reviewSubject")).isEqualTo("ميزانية صيانة الطرق 2025");
      browser.check("05-review");
      assertThat(
              database.count(
                  "select count(*) from information_request where requester_email = ?", email))
          .isZero();
      browser.follow("#request\\:send");

      String reference = browser.text("#reference");
      assertThat(reference).matches("DI-\\d{4}-\\d{6}");
      assertThat(browser.find("#filed").isDisplayed()).isTrue();
      assertThat(browser.text("#status")).isEqualTo("قيد الدراسة");
      String dueDate =
          database
              .single(
                  "select due_date from information_request where reference = ? and subject = ?",
                  java.time.LocalDate.class,
                  reference,
                  "ميزانية صيانة الطرق 2025")
              .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      assertThat(browser.text("#dueDate")).startsWith(dueDate).contains("هـ");
      browser.check("06-receipt");

      // The same pages in French, a click away, left to right
      browser.follow("a[hreflang='fr']");
      assertThat(browser.find("html").getAttribute("dir")).isEqualTo("ltr");
      assertThat(browser.text("#status")).isEqualTo("En cours d’examen");
      browser.screenshot("07-receipt-fr");
      browser.open("/my-requests.xhtml");
      assertThat(browser.text("ul.cards")).contains(reference).contains("En cours d’examen");
      browser.check("08-my-requests-fr");

      // The server holding this browser's session fails and another takes the browser over (here
      // the same server, having forgotten the session): still signed in, still in French
      org.openqa.selenium.Cookie signedIn =
          browser.driver().manage().getCookieNamed("accesinfo-session");
      assertThat(signedIn).isNotNull();
      assertThat(signedIn.isHttpOnly()).isTrue();
      assertThat(signedIn.getSameSite()).isEqualTo("Lax");
      assertThat(signedIn.getExpiry()).as("gone when the browser closes").isNull();
      browser.driver().manage().deleteCookieNamed("JSESSIONID");
      browser.open("/my-requests.xhtml");
      assertThat(browser.driver().getCurrentUrl()).contains("/my-requests.xhtml");
      assertThat(browser.text("ul.cards")).contains(reference).contains("En cours d’examen");
      assertThat(browser.cookie("JSESSIONID")).isNotNull();

      // Signed out from a page the failed server served, the request is no longer shown, and the
      // sign-in's cookie is worth nothing
      browser.driver().manage().deleteCookieNamed("JSESSIONID");
      browser.follow("#signout\\:signoutButton");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/index.xhtml");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
      assertThat(browser.cookie("accesinfo-session")).isNull();
      browser.open("/request.xhtml?ref=" + reference);
      assertThat(browser.driver().getCurrentUrl()).contains("/signin.xhtml");
      browser.driver().manage().addCookie(signedIn);
      browser.open("/request.xhtml?ref=" + reference);
      assertThat(browser.driver().getCurrentUrl()).contains("/signin.xhtml");
      assertThat(browser.cookie("accesinfo-session")).as("cleared once refused").isNull();

      // Another citizen is told there is no such request, exactly as the API says
      Caller other = api.registerCitizen();
      browser.signIn(other.email(), other.password(), null);
      browser.open("/request.xhtml?ref=" + reference);
      assertThat(browser.text("main")).contains("Aucune demande portant ce numéro");
    }
  }

  @Test
  void aWrongPasswordIsToldInTheVisitorsLanguageAndStaffNeedTheirCode() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    String secret = api.setUpSecondFactor(officer);
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 1280, "signin-fr")) {
      browser.open("/signin.xhtml");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
      browser.type("#signin\\:email", officer.email());
      browser.type("#signin\\:password", officer.password());
      browser.follow("#signin\\:submit");
      assertThat(browser.text(".messages")).contains("code de l’application d’authentification");
      browser.check("01-code-missing");

      browser.type("#signin\\:email", officer.email());
      browser.type("#signin\\:password", officer.password());
      browser.type("#signin\\:code", Totp.code(secret, Totp.step() + 1));
      browser.follow("#signin\\:submit");
      assertThat(browser.driver().getCurrentUrl()).contains("/inbox.xhtml");
    }
  }

  @Test
  void everyPageCarriesTheSecurityHeadersAndAFormPostedFromElsewhereIsRefused() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> home =
        http.send(
            HttpRequest.newBuilder(URI.create(TestSettings.baseUrl() + "/index.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(home.statusCode()).isEqualTo(200);
    // A visitor whose browser names no language reads Arabic, right to left
    assertThat(home.body()).contains("lang=\"ar\" dir=\"rtl\"");
    // One policy, with the nonce of the page's own scripts and no other inline script allowed
    assertThat(home.headers().allValues("Content-Security-Policy")).hasSize(1);
    String policy = home.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy)
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self' 'nonce-")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(home.body())
        .doesNotContainPattern("<script(?![^>]*nonce=\"" + nonce + "\")[^>]*>[^<]");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

    // A sign-in posted by another site has no view state of a page this session was served
    Caller citizen = api.registerCitizen();
    String form =
        "signin=signin&signin%3Aemail="
            + citizen.email().replace("@", "%40")
            + "&signin%3Apassword="
            + citizen.password()
            + "&signin%3Asubmit=x&jakarta.faces.ViewState=-123%3A456";
    HttpResponse<String> forged =
        http.send(
            HttpRequest.newBuilder(URI.create(TestSettings.baseUrl() + "/signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isNotEqualTo(302);
    assertThat(forged.headers().firstValue("Location")).isEmpty();
    assertThat(
            database.count(
                "select count(*) from api_session s join account a on a.id = s.account_id"
                    + " where a.email = ?",
                citizen.email()))
        .isZero();
  }

  @Test
  void behindTlsOnlyACookieThisHostSetSignsAPageIn() throws Exception {
    String token = sessionOf(api.registerCitizen());
    HttpClient http = HttpClient.newHttpClient();
    java.util.function.BiFunction<String, Boolean, HttpResponse<String>> page =
        (cookie, tls) -> {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(URI.create(TestSettings.baseUrl() + "/my-requests.xhtml"))
                  .header("Cookie", cookie + "=" + token);
          if (tls) {
            request.header("X-Forwarded-Proto", "https");
          }
          try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        };

    // Over plain HTTP (a development machine), the plain name
    assertThat(page.apply("accesinfo-session", false).statusCode()).isEqualTo(200);
    // Behind TLS, only the name a neighbouring subdomain cannot set is taken
    assertThat(page.apply("__Host-accesinfo-session", true).statusCode()).isEqualTo(200);
    HttpResponse<String> planted = page.apply("accesinfo-session", true);
    assertThat(planted.statusCode()).isEqualTo(302);
    assertThat(planted.headers().firstValue("Location").orElseThrow()).contains("/signin.xhtml");
  }

  @Test
  void aSessionIdPlantedInTheBrowserIsWorthNothingWhenTheCookieSignsItIn() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI mine = URI.create(TestSettings.baseUrl() + "/my-requests.xhtml");
    // Someone opens an anonymous session and plants its id in another person's browser
    HttpResponse<String> visit =
        http.send(
            HttpRequest.newBuilder(URI.create(TestSettings.baseUrl() + "/index.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());
    String planted = sessionId(visit);
    assertThat(planted).isNotNull();
    String token = sessionOf(api.registerCitizen());

    // That person's browser, signed in by its cookie, gets a session of a new id
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(mine)
                .header("Cookie", "JSESSIONID=" + planted + "; accesinfo-session=" + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(sessionId(signedIn)).isNotNull().isNotEqualTo(planted);

    // and the planted id signs nobody in
    HttpResponse<String> withPlanted =
        http.send(
            HttpRequest.newBuilder(mine).header("Cookie", "JSESSIONID=" + planted).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(withPlanted.statusCode()).isEqualTo(302);
    assertThat(withPlanted.headers().firstValue("Location").orElseThrow())
        .contains("/signin.xhtml");
  }

  /** Opens an API session for the citizen; its token. */
  private String sessionOf(Caller citizen) {
    Reply opened =
        api.post(
            Caller.ANONYMOUS,
            "/api/v1/sessions",
            Map.of("email", citizen.email(), "password", citizen.password()));
    expect(opened, 201);
    return opened.text("token");
  }

  private static String sessionId(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
        .findFirst()
        .orElse(null);
  }

  @Test
  void aCitizenFindsTheirBodyInANationalCatalogueAsTheyTypeItsName() {
    // More bodies than a list shows, as in a national catalogue (communes, provinces, offices...)
    String code = api.createBodyBeyondFirstPage();
    Caller citizen = api.registerCitizen();
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 390, "file-find-body")) {
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/file.xhtml");
      assertThat(browser.text("#bodiesCut")).contains("cherchez le vôtre");

      // Typed without accents: the one body found is chosen
      browser.type("#q", "ministere du test " + code.toLowerCase(java.util.Locale.ROOT));
      browser.follow("#bodySearch button");
      assertThat(
              new org.openqa.selenium.support.ui.Select(browser.find("#request\\:body"))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Ministère du test " + code);
      assertThat(browser.all("#bodiesCut")).isEmpty();
      browser.check("01-body-found");

      browser.open("/file.xhtml?q=introuvable");
      assertThat(browser.text("#noBodyFound")).contains("Aucun organisme");

      // The directory says so too, and finds the body as it was typed
      browser.open("/bodies.xhtml");
      assertThat(browser.text("#bodiesCut")).contains("cent premiers");
      browser.open("/bodies.xhtml?q=" + Api.encode("MINISTERE DU TEST " + code));
      assertThat(browser.text("ul.cards")).contains("Ministère du test " + code);
      assertThat(browser.all("#bodiesCut")).isEmpty();
      // A search too long is told, not failed
      browser.open("/bodies.xhtml?q=" + "a".repeat(101));
      assertThat(browser.text(".messages")).startsWith("Recherche").contains("100");
    }
  }

  @Test
  void theDirectorySaysTheListIsCutOnlyWhenMoreBodiesMatchThanItShows() {
    // Exactly as many bodies matching a search as the directory lists
    String prefix = "EQ" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    for (int i = 0; i < ma.accesinfo.application.BodyService.LISTED; i++) {
      api.createBody(prefix);
    }
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 390, "bodies-cut")) {
      browser.open("/bodies.xhtml?q=" + prefix);
      assertThat(browser.all("ul.cards li")).hasSize(ma.accesinfo.application.BodyService.LISTED);
      assertThat(browser.all("#bodiesCut")).isEmpty();

      // One more, and the list says it shows only part of them
      api.createBody(prefix);
      browser.open("/bodies.xhtml?q=" + prefix);
      assertThat(browser.all("ul.cards li")).hasSize(ma.accesinfo.application.BodyService.LISTED);
      assertThat(browser.text("#bodiesCut")).contains("cent premiers");
      Caller citizen = api.registerCitizen();
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/file.xhtml?q=" + prefix);
      assertThat(browser.text("#bodiesCut")).contains("cherchez le vôtre");
    }
  }

  @Test
  void aRequestBeingTypedIsNotLostWhenItsServerFails() {
    // a body the form's list does not show unless asked for (chosen from the directory)
    String body = api.createBodyBeyondFirstPage();
    Caller citizen = api.registerCitizen();
    String subject = "Marchés publics de la commune en 2025";
    String description = "Je demande la liste des marchés publics passés par la commune en 2025.";
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 390, "draft-kept")) {
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/file.xhtml?body=" + body);
      assertThat(browser.find("#draftRestored").isDisplayed()).isFalse();
      browser.type("#request\\:subject", subject);
      browser.type("#request\\:description", description);
      browser.click("#request\\:urgent");
      browser.type("#request\\:urgencyReason", "Le conseil vote le budget lundi.");
      browser.follow("#request\\:review");
      assertThat(browser.text("#reviewSubject")).isEqualTo(subject);

      // The server holding the page fails before it is sent; another takes the browser over,
      // without the page's state: the page cannot be sent
      browser.driver().manage().deleteCookieNamed("JSESSIONID");
      browser.follow("#request\\:send");
      assertThat(browser.text("h1")).isEqualTo("Page expirée");
      browser.check("01-expired");

      // Opened again as it was first opened (the form's own address has no body), the form has
      // what was typed, the body chosen and the urgency included, and says so
      browser.follow("#expiredAgain");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/file.xhtml?body=" + body);
      assertThat(browser.find("#request\\:body").getAttribute("value")).isEqualTo(body);
      assertThat(browser.find("#request\\:subject").getAttribute("value")).isEqualTo(subject);
      assertThat(browser.find("#request\\:description").getAttribute("value"))
          .isEqualTo(description);
      assertThat(browser.find("#request\\:urgent").isSelected()).isTrue();
      assertThat(browser.text("#draftRestored")).contains("a été repris");
      browser.check("02-restored");

      // and the request is filed as it was typed, after which the form starts empty
      browser.follow("#request\\:review");
      browser.follow("#request\\:send");
      String reference = browser.text("#reference");
      assertThat(
              database.count(
                  "select count(*) from information_request where reference = ? and urgent"
                      + " and description = ?",
                  reference,
                  description))
          .isEqualTo(1);
      browser.open("/file.xhtml?body=" + body);
      assertThat(browser.find("#request\\:subject").getAttribute("value")).isEmpty();
      assertThat(browser.find("#draftRestored").isDisplayed()).isFalse();

      // Signing out forgets what was being typed: the next person on this tab sees none of it
      browser.type("#request\\:subject", "Une autre demande");
      browser.follow("#signout\\:signoutButton");
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/file.xhtml?body=" + body);
      assertThat(browser.find("#request\\:subject").getAttribute("value")).isEmpty();
    }
  }

  @Test
  void aComplaintBeingTypedIsNotLostEitherAndIsForgottenOnceSent() {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller citizen = api.registerCitizen();
    String reference = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    Api.expect(
        api.post(
            officer,
            "/api/v1/requests/" + reference + "/decision",
            java.util.Map.of(
                "resolution", "REFUSED",
                "refusalGround", "IN_PREPARATION",
                "message", "Le rapport est en cours de rédaction.")),
        200);
    Api.expect(
        api.post(
            reviewer,
            "/api/v1/requests/" + reference + "/review",
            java.util.Map.of("approved", true)),
        200);
    String grounds = "Le rapport est achevé depuis des mois : le refus n’est pas justifié.";
    try (Browser browser = new Browser(TestSettings.baseUrl(), "fr", 390, "complaint-kept")) {
      browser.signIn(citizen.email(), citizen.password(), null);
      browser.open("/request.xhtml?ref=" + reference);
      browser.type("#complain\\:grounds", grounds);

      // The server fails before the complaint is sent
      browser.driver().manage().deleteCookieNamed("JSESSIONID");
      browser.follow("#complain\\:submit");
      assertThat(browser.text("h1")).isEqualTo("Page expirée");

      // The page opened again is the request's, with the complaint as it was typed
      browser.follow("#expiredAgain");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/request.xhtml?ref=" + reference);
      assertThat(browser.find("#complain\\:grounds").getAttribute("value")).isEqualTo(grounds);
      assertThat(browser.find("#complain p[data-draft-restored]").isDisplayed()).isTrue();
      browser.check("01-complaint-restored");

      // Sent, it is filed, and the tab keeps nothing of it
      browser.follow("#complain\\:submit");
      assertThat(browser.driver().getCurrentUrl()).contains("complaint=RC-");
      assertThat(
              database.single(
                  "select grounds from head_complaint where request_id = (select id from"
                      + " information_request where reference = ?)",
                  String.class,
                  reference))
          .isEqualTo(grounds);
      assertThat(
              browser
                  .driver()
                  .executeScript(
                      "return window.sessionStorage.getItem('accesinfo-draft:complain:"
                          + reference
                          + "')"))
          .isNull();
    }
  }
}
