package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/** E-mail to requesters, delivered through the outbox to a real SMTP server. */
class NotificationIT extends ApplicationDeployment {

  @ArquillianResource ManagementClient management;

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void theRequesterReceivesTheReceiptOnceInTheRequestsLanguage() throws Exception {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();

    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));

    expect(filed, 201);
    MimeMessage receipt = awaitOne(citizen.email());
    assertThat(receipt.getSubject())
        .isEqualTo(
            "Accusé de réception de votre demande d’accès à l’information "
                + filed.text("reference"));
    String text = part(receipt, "text/plain");
    assertThat(text)
        .contains(filed.text("reference"))
        .contains(DATE.format(LocalDate.parse(filed.text("dueDate"))))
        .contains("/api/v1/requests/" + filed.text("reference"));
    assertThat(receipt.getHeader("Content-Language")[0]).isEqualTo("fr");
    assertThat(
            database.count(
                "select count(*) from outbox_message where dedupe_key = ? and status = 'SENT'",
                "receipt:" + filed.text("reference")))
        .isEqualTo(1);

    // A sender that scans the outbox again (after a restart, say) finds it sent and sends nothing
    database.update(
        "update outbox_message set next_attempt_at = now() - interval '1 hour' where dedupe_key = ?",
        "receipt:" + filed.text("reference"));
    Thread.sleep(1_500);
    assertThat(received(citizen.email())).hasSize(1);
  }

  @Test
  void anArabicRequestGetsItsMailInArabicLaidOutRightToLeft() throws Exception {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    Map<String, Object> arabic = Api.request(body);
    arabic.put("language", "ar");

    Reply filed = api.post(citizen, "/api/v1/requests", arabic);

    expect(filed, 201);
    MimeMessage receipt = awaitOne(citizen.email());
    assertThat(receipt.getSubject()).startsWith("وصل استلام طلبكم");
    assertThat(part(receipt, "text/html"))
        .contains("dir=\"rtl\"")
        .contains(filed.text("reference"));
  }

  @Test
  void anExtensionAndTheDecisionAreEachToldOnceAndARefusedActionSendsNothing() throws Exception {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    Reply filed = api.post(citizen, "/api/v1/requests", Api.request(body));
    String path = "/api/v1/requests/" + filed.text("reference");
    awaitOne(citizen.email());

    expect(
        api.post(
            officer,
            path + "/extension",
            Map.of("ground", "LARGE_VOLUME", "explanation", "Dix ans d’archives.")),
        200);
    assertThat(
            api.post(
                    officer,
                    path + "/extension",
                    Map.of("ground", "LARGE_VOLUME", "explanation", "encore"))
                .status())
        .isEqualTo(422);
    expect(
        api.post(
            officer,
            path + "/decision",
            Map.of("resolution", "GRANTED", "message", "Voici les archives.")),
        200);

    List<MimeMessage> all = await(citizen.email(), 3);
    Thread.sleep(1_500);
    all = received(citizen.email());
    assertThat(all)
        .extracting(MimeMessage::getSubject)
        .containsExactly(
            "Accusé de réception de votre demande d’accès à l’information "
                + filed.text("reference"),
            "Prorogation du délai de réponse à votre demande " + filed.text("reference"),
            "Réponse à votre demande d’accès à l’information " + filed.text("reference"));
    assertThat(part(all.get(1), "text/plain")).contains("Dix ans d’archives.");
    assertThat(part(all.get(2), "text/plain"))
        .contains("Voici les archives.")
        .contains("article 19");
  }

  @Test
  void theRequesterIsToldOfTheirComplaintAndOfTheHeadsDecision() throws Exception {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller reviewer = api.createStaff("LEGAL_REVIEWER", body);
    Caller head = api.createStaff("HEAD", body);
    Caller citizen = api.registerCitizen();
    String request = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + request + "/decision",
            Map.of(
                "resolution",
                "REFUSED",
                "refusalGround",
                "UNCLEAR",
                "message",
                "La demande est imprécise.")),
        200);
    expect(
        api.post(reviewer, "/api/v1/requests/" + request + "/review", Map.of("approved", true)),
        200);
    String complaint =
        api.post(
                citizen,
                "/api/v1/requests/" + request + "/complaints",
                Map.of("grounds", "Elle est claire."))
            .text("reference");

    Reply decided =
        api.post(
            head,
            "/api/v1/complaints/" + complaint + "/decision",
            Map.of(
                "decision", "UPHELD", "reasons", "La demande vise des documents non identifiés."));

    expect(decided, 200);
    List<MimeMessage> all = await(citizen.email(), 4);
    assertThat(all)
        .extracting(MimeMessage::getSubject)
        .containsExactly(
            "Accusé de réception de votre demande d’accès à l’information " + request,
            "Réponse à votre demande d’accès à l’information " + request,
            "Réclamation " + complaint + " reçue au sujet de votre demande " + request,
            "Le chef de l’organisme a maintenu la réponse à votre demande " + request);
    assertThat(part(all.get(3), "text/plain"))
        .contains("La demande vise des documents non identifiés.")
        .contains(DATE.format(LocalDate.parse(decided.text("commissionWindowEnds"))));
  }

  @Test
  void whenPeriodsEndTheRequesterIsToldAtOnceAndTheHeadInTheNextMorningList() throws Exception {
    // Given a body with a head, two requests to it, and a head of another body
    String body = api.createBody("MIN");
    Caller head = api.createStaff("HEAD", body);
    Caller otherHead = api.createStaff("HEAD", api.createBody("MIN"));
    Caller citizen = api.registerCitizen();
    String first = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String second = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    await(citizen.email(), 2);

    // When the first one's period ends without an answer
    endReplyPeriod(first);

    // Then its requester is told at once, with the last day to complain to the head
    List<MimeMessage> toRequester = await(citizen.email(), 3);
    assertThat(toRequester.get(2).getSubject())
        .isEqualTo("Votre demande " + first + " est restée sans réponse dans le délai légal");
    assertThat(part(toRequester.get(2), "text/plain"))
        .contains("article 19")
        .contains("le chef de l’organisme en sera informé");
    // and the head hears nothing yet: no message a request
    Thread.sleep(1_000);
    assertThat(received(head.email())).isEmpty();

    // When the morning's lists go out, twice
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);

    // Then the head gets one list, naming the body, and the other head nothing
    MimeMessage list = awaitOne(head.email());
    assertThat(list.getSubject())
        .startsWith("Alerte : demandes restées sans réponse, Ministère du test " + body + ", au ")
        .endsWith("(nouvelles : 1, en tout : 1)");
    assertThat(part(list, "text/plain"))
        .contains("article 19")
        .contains("Depuis la liste précédente : 1. En tout : 1.")
        .contains("- " + first);

    // When the second one's period ends too, and the next lists go out
    endReplyPeriod(second);
    await(citizen.email(), 4);
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);

    // Then the head gets a second list: one new, both in all, the latest due first
    List<MimeMessage> lists = await(head.email(), 2);
    Thread.sleep(1_000);
    assertThat(received(head.email())).hasSize(2);
    MimeMessage next = lists.get(1);
    assertThat(next.getSubject()).endsWith("(nouvelles : 1, en tout : 2)");
    String text = part(next, "text/plain");
    assertThat(text).contains("Depuis la liste précédente : 1. En tout : 2.");
    assertThat(text.lines().filter(l -> l.startsWith("- DI-")).toList())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains(", !)"))
        .satisfies(l -> assertThat(l.get(0)).startsWith("- " + second))
        .satisfies(l -> assertThat(l.get(1)).startsWith("- " + first));
    assertThat(received(otherHead.email())).isEmpty();
  }

  @Test
  void aBodyWithoutAHeadKeepsItsOverdueRequestsForTheHeadAppointedLater() throws Exception {
    // Given a request fallen overdue at a body without a head, and a morning's lists
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    String request = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    endReplyPeriod(request);
    await(citizen.email(), 2);
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);

    // When a head is appointed, and the next lists go out
    Caller head = api.createStaff("HEAD", body);
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);

    // Then the head is told of the request
    MimeMessage list = awaitOne(head.email());
    assertThat(list.getSubject()).endsWith("(nouvelles : 1, en tout : 1)");
    assertThat(part(list, "text/plain")).contains("- " + request);
  }

  @Test
  void aHeadIsNotListedRequestsAnsweredSinceTheyFellOverdue() throws Exception {
    // Given two overdue requests of a body, one of them answered late
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller head = api.createStaff("HEAD", body);
    Caller citizen = api.registerCitizen();
    String answered = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    String open = api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
    endReplyPeriod(answered);
    endReplyPeriod(open);
    await(citizen.email(), 4);
    expect(
        api.post(
            officer,
            "/api/v1/requests/" + answered + "/decision",
            Map.of("resolution", "GRANTED", "message", "Voici le document demandé.")),
        200);

    // When the morning's lists go out
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);

    // Then the head is listed the one still open only
    String text = part(awaitOne(head.email()), "text/plain");
    assertThat(text)
        .contains(open)
        .doesNotContain(answered)
        .contains("Depuis la liste précédente : 1. En tout : 1.");
  }

  @Test
  void anOfficerGetsTheDailyDigestOnceADay() throws Exception {
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    Map<String, Object> urgent = Api.urgentRequest(body, "Une audience a lieu vendredi.");
    String request = api.post(citizen, "/api/v1/requests", urgent).text("reference");

    assertThat(api.post(citizen, "/api/v1/digests", null).status()).isEqualTo(403);
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);

    MimeMessage digest = awaitOne(officer.email());
    assertThat(digest.getSubject())
        .startsWith("Demandes à traiter, Ministère du test " + body + ", au ")
        .endsWith(" : 1");
    assertThat(part(digest, "text/plain"))
        .contains(request)
        .contains("Budget d'entretien des routes 2025");
  }

  @Test
  void aBodyWithMoreDueThanADigestListsCountsThemAll() throws Exception {
    // Given a body with one urgent request more than a digest lists
    String body = api.createBody("MIN");
    Caller officer = api.createStaff("OFFICER", body);
    Caller citizen = api.registerCitizen();
    Map<String, Object> urgent = Api.urgentRequest(body, "Une audience a lieu vendredi.");
    for (int i = 0; i < 101; i++) {
      assertThat(api.post(citizen, "/api/v1/requests", urgent).status()).isEqualTo(201);
    }

    // When the digest goes out
    assertThat(api.post(Api.ADMIN, "/api/v1/digests", null).status()).isEqualTo(202);

    // Then it says how many are due, lists a hundred and counts the one left out
    MimeMessage digest = awaitOne(officer.email());
    assertThat(digest.getSubject()).endsWith(" : 101");
    String text = part(digest, "text/plain");
    assertThat(text.lines().filter(l -> l.startsWith("- DI-")).count()).isEqualTo(100);
    assertThat(text).contains("… et une autre demande : voir la boîte de réception.");
  }

  @Test
  void mailIsSentSignedInToTheSmtpServerAndAWrongPasswordSendsNothingUntilFixed() throws Exception {
    String body = api.createBody("MIN");
    Caller citizen = api.registerCitizen();
    ServerProperties.set(management, "accesinfo.smtp-password", "not-the-password");
    String key;
    try {
      key = "receipt:" + api.post(citizen, "/api/v1/requests", Api.request(body)).text("reference");
      // The attempt is counted when the message is claimed, its error once the server refused it
      for (int i = 0; i < 60 && lastError(key) == null; i++) {
        Thread.sleep(250);
      }
      assertThat(attempts(key)).isPositive();
      assertThat(lastError(key)).contains("535");
      assertThat(received(citizen.email())).isEmpty();
    } finally {
      ServerProperties.set(management, "accesinfo.smtp-password", null);
    }

    // The password is right again: the message goes out at its next attempt, once
    database.update("update outbox_message set next_attempt_at = now() where dedupe_key = ?", key);
    assertThat(awaitOne(citizen.email()).getHeader("X-Accesinfo-Message")[0]).isEqualTo(key);
  }

  @Test
  void aRestartedApplicationSendsNothingTwiceAndGoesOnSending() throws Exception {
    String body = api.createBody("MIN");
    Caller before = api.registerCitizen();
    expect(api.post(before, "/api/v1/requests", Api.request(body)), 201);
    awaitOne(before.email());

    // The application (its sender included) is stopped and started again; the operation returns
    // once it is back
    ModelNode redeploy = new ModelNode();
    redeploy.get("address").add("deployment", "accesinfo.ear");
    redeploy.get("operation").set("redeploy");
    ModelNode outcome = management.getControllerClient().execute(redeploy);
    assertThat(outcome.get("outcome").asString()).as(outcome.toString()).isEqualTo("success");
    for (int i = 0; i < 240 && !api.answers(); i++) {
      Thread.sleep(500);
    }

    Caller after = api.registerCitizen();
    expect(api.post(after, "/api/v1/requests", Api.request(body)), 201);
    awaitOne(after.email());
    assertThat(received(before.email())).hasSize(1);
  }

  /** The request's reply period ends now, as if its last day had passed. */
  private void endReplyPeriod(String request) {
    database.update(
        "update act_ru_job set duedate_ = ? where job_def_id_ in (select id_ from act_ru_jobdef"
            + " where act_id_ = 'replyPeriodEnded') and process_instance_id_ = (select"
            + " process_instance_id from information_request where reference = ?)",
        new java.sql.Timestamp(System.currentTimeMillis() - 1_000),
        request);
  }

  private String lastError(String key) {
    return database.single(
        "select last_error from outbox_message where dedupe_key = ?", String.class, key);
  }

  private int attempts(String key) {
    Integer attempts =
        database.single(
            "select attempts from outbox_message where dedupe_key = ?", Integer.class, key);
    return attempts == null ? 0 : attempts;
  }

  /** The messages about requests the recipient received, leaving out those about the account. */
  private static List<MimeMessage> received(String recipient) {
    return Arrays.stream(MailServerExtension.server().getReceivedMessages())
        .filter(m -> addressedTo(m, recipient))
        .filter(m -> !key(m).startsWith("email-verification:"))
        .toList();
  }

  static String key(MimeMessage message) {
    try {
      String[] key = message.getHeader("X-Accesinfo-Message");
      return key == null ? "" : key[0];
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static boolean addressedTo(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private static List<MimeMessage> await(String recipient, int count) throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      List<MimeMessage> found = received(recipient);
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("fewer than " + count + " messages reached " + recipient);
  }

  /** Waits for the first message, then checks that no second copy follows. */
  private static MimeMessage awaitOne(String recipient) throws InterruptedException {
    await(recipient, 1);
    Thread.sleep(1_000);
    List<MimeMessage> found = received(recipient);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static String part(MimeMessage message, String type) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no " + type + " part");
  }
}
