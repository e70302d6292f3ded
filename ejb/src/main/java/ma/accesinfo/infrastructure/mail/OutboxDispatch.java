package ma.accesinfo.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.notification.Outbox;
import ma.accesinfo.domain.model.notification.OutboxMessage;
import ma.accesinfo.infrastructure.config.Settings;

/**
 * Takes due messages from the outbox and delivers them over the application's mail session, each
 * step in a transaction of its own so that a slow or failing server holds nothing else up: the
 * message is read, sent outside any transaction, then recorded as sent.
 */
@Stateless
public class OutboxDispatch {

  /**
   * How long a claimed message is left to its sender (this server or another node) before another
   * may take it again: {@code accesinfo.mail.lease-ms}, five minutes unless set.
   */
  static Duration lease() {
    return Duration.ofMillis(Settings.number("accesinfo.mail.lease-ms", 5 * 60_000));
  }

  static final int MAX_ATTEMPTS = 8;

  private static final Logger LOG = Logger.getLogger(OutboxDispatch.class.getName());

  @Inject Outbox outbox;
  @Inject Clock clock;

  @Resource(lookup = "java:jboss/mail/accesinfo")
  Session mail;

  /** Claims up to {@code limit} due messages; returns their ids. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> claimDue(int limit) {
    Instant now = clock.instant();
    Duration lease = lease();
    List<OutboxMessage> due = outbox.lockDue(now, limit);
    due.forEach(m -> m.claim(now, lease));
    return due.stream().map(OutboxMessage::id).toList();
  }

  /**
   * A claimed message's mail, ready to go; empty when it is no longer to be sent (delivered or
   * given up meanwhile).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<MimeMessage> take(long id) throws MessagingException {
    OutboxMessage message = outbox.find(id).orElse(null);
    if (message == null || message.status() != OutboxMessage.Status.SENDING) {
      return Optional.empty();
    }
    return Optional.of(mime(message));
  }

  /** A connection to the SMTP server for a round of sending, made at its first message. */
  public SmtpConnection connection() {
    return new SmtpConnection(mail);
  }

  /** Records that the SMTP server took the message. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordSent(long id) {
    outbox.find(id).ifPresent(m -> m.sent(clock.instant()));
  }

  /** Records a failed attempt: the message is tried again later, or given up after the last. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(long id, Exception failure) {
    OutboxMessage message = outbox.find(id).orElse(null);
    if (message != null && message.status() == OutboxMessage.Status.SENDING) {
      LOG.warning("Could not deliver message " + message.key() + ": " + failure);
      message.failed(String.valueOf(failure.getMessage()), clock.instant(), MAX_ATTEMPTS);
    }
  }

  private MimeMessage mime(OutboxMessage message) throws MessagingException {
    String messageId = "<" + digest(message.key()) + "@accesinfo>";
    MimeMessage mime =
        new MimeMessage(mail) {
          @Override
          protected void updateMessageID() throws MessagingException {
            // The same message keeps the same id on every attempt, so receivers can drop repeats.
            setHeader("Message-ID", messageId);
          }
        };
    mime.setFrom();
    mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient()));
    mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
    mime.setHeader("Content-Language", message.language().code());
    mime.setHeader("X-Accesinfo-Message", message.key());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.bodyText(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(message.bodyHtml(), StandardCharsets.UTF_8.name(), "html");
    mime.setContent(new MimeMultipart("alternative", text, html));
    return mime;
  }

  private static String digest(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
