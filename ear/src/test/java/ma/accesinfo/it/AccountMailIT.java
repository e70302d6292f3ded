package ma.accesinfo.it;

import static ma.accesinfo.it.Api.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.accesinfo.it.Api.Caller;
import ma.accesinfo.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** E-mail verification at sign-up and password reset, with codes read from a real mailbox. */
class AccountMailIT extends ApplicationDeployment {

  private static final Pattern CODE = Pattern.compile("^([A-Za-z0-9_-]{43})$", Pattern.MULTILINE);

  @Test
  void aNewCitizenConfirmsTheirAddressWithTheCodeSentThere() throws Exception {
    Caller citizen = api.registerCitizen();
    assertThat(api.get(citizen, "/api/v1/accounts/me").json().get("emailVerified").asBoolean())
        .isFalse();

    MimeMessage mail = awaitMail(citizen.email(), "email-verification:");
    assertThat(mail.getSubject()).isEqualTo("أكدوا عنوان بريدكم الإلكتروني");
    String code = code(mail);

    Reply wrong =
        api.post(
            Api.Caller.ANONYMOUS, "/api/v1/accounts/verification", Map.of("token", "not-a-code"));
    Reply verified =
        api.post(Api.Caller.ANONYMOUS, "/api/v1/accounts/verification", Map.of("token", code));
    Reply again =
        api.post(Api.Caller.ANONYMOUS, "/api/v1/accounts/verification", Map.of("token", code));

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("errors").get(0).get("code").asText()).isEqualTo("invalidToken");
    expect(verified, 200);
    assertThat(verified.json().get("emailVerified").asBoolean()).isTrue();
    assertThat(again.status()).isEqualTo(400);
  }

  @Test
  void aForgottenPasswordIsReplacedOnceWithTheCodeSentByMail() throws Exception {
    Caller citizen = api.registerCitizen();
    String unknown = "nobody." + UUID.randomUUID() + "@it.accesinfo.ma";

    Reply forUnknown =
        api.post(Api.Caller.ANONYMOUS, "/api/v1/password-resets", Map.of("email", unknown));
    Reply forCitizen =
        api.post(Api.Caller.ANONYMOUS, "/api/v1/password-resets", Map.of("email", citizen.email()));

    assertThat(forUnknown.status()).isEqualTo(202);
    assertThat(forCitizen.status()).isEqualTo(202);
    String code = code(awaitMail(citizen.email(), "password-reset:"));
    Reply tooShort =
        api.post(
            Api.Caller.ANONYMOUS,
            "/api/v1/password-resets/completion",
            Map.of("token", code, "password", "short"));
    assertThat(tooShort.status()).isEqualTo(400);
    expect(
        api.post(
            Api.Caller.ANONYMOUS,
            "/api/v1/password-resets/completion",
            Map.of("token", code, "password", "New-Passw0rd-2026")),
        204);

    assertThat(api.get(citizen, "/api/v1/accounts/me").status()).isEqualTo(401);
    assertThat(
            api.get(new Caller(citizen.email(), "New-Passw0rd-2026"), "/api/v1/accounts/me")
                .status())
        .isEqualTo(200);
    Reply reused =
        api.post(
            Api.Caller.ANONYMOUS,
            "/api/v1/password-resets/completion",
            Map.of("token", code, "password", "Another-Passw0rd-1"));
    assertThat(reused.status()).isEqualTo(400);
    assertThat(received(unknown)).isEmpty();
  }

  private static String code(MimeMessage mail) throws Exception {
    Matcher matcher = CODE.matcher(text(mail));
    assertThat(matcher.find()).as("a code in the mail").isTrue();
    return matcher.group(1);
  }

  private static String text(MimeMessage mail) throws Exception {
    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).isMimeType("text/plain")) {
        return (String) parts.getBodyPart(i).getContent();
      }
    }
    return GreenMailUtil.getBody(mail);
  }

  private static List<MimeMessage> received(String recipient) {
    return Arrays.stream(MailServerExtension.server().getReceivedMessages())
        .filter(
            m -> {
              try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .toList();
  }

  private static MimeMessage awaitMail(String recipient, String keyPrefix)
      throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      for (MimeMessage m : received(recipient)) {
        if (NotificationIT.key(m).startsWith(keyPrefix)) {
          return m;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no " + keyPrefix + " mail reached " + recipient);
  }
}
