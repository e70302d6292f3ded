package ma.accesinfo.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import ma.accesinfo.domain.model.shared.Language;

/**
 * An e-mail waiting in the outbox, or sent from it.
 *
 * <p>Life cycle: written {@link Status#PENDING} in the transaction of the change it tells of (so a
 * change that rolls back sends nothing); claimed by the sender ({@link Status#SENDING}), which
 * delivers it and marks it {@link Status#SENT}; a failed delivery goes back to pending with a later
 * attempt, until too many attempts make it {@link Status#FAILED}.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  /** Where a message stands. */
  public enum Status {
    PENDING,
    SENDING,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dedupe_key", nullable = false, unique = true, length = 200)
  private String key;

  @Column(name = "request_id")
  private Long requestId;

  @Column(nullable = false, length = 254)
  private String recipient;

  @Column(nullable = false, length = 2)
  private Language language;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(name = "body_text", nullable = false)
  private String bodyText;

  @Column(name = "body_html", nullable = false)
  private String bodyHtml;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMessage() {}

  public OutboxMessage(
      String key,
      Long requestId,
      String recipient,
      Language language,
      String subject,
      String bodyText,
      String bodyHtml,
      Instant at) {
    this.key = Objects.requireNonNull(key);
    this.requestId = requestId;
    this.recipient = Objects.requireNonNull(recipient);
    this.language = Objects.requireNonNull(language);
    this.subject = Objects.requireNonNull(subject);
    this.bodyText = Objects.requireNonNull(bodyText);
    this.bodyHtml = Objects.requireNonNull(bodyHtml);
    this.status = Status.PENDING;
    this.nextAttemptAt = Objects.requireNonNull(at);
    this.createdAt = at;
  }

  /** The sender takes the message; another sender will not take it while this one works. */
  public void claim(Instant at, Duration lease) {
    this.status = Status.SENDING;
    this.attempts++;
    this.nextAttemptAt = at.plus(lease);
  }

  public void sent(Instant at) {
    this.status = Status.SENT;
    this.sentAt = at;
    this.lastError = null;
  }

  /** The delivery failed: try again after a backoff that doubles, or give up. */
  public void failed(String error, Instant at, int maxAttempts) {
    this.lastError = error;
    if (attempts >= maxAttempts) {
      this.status = Status.FAILED;
      return;
    }
    this.status = Status.PENDING;
    this.nextAttemptAt = at.plusSeconds(30L << Math.min(attempts - 1, 10));
  }

  public Long id() {
    return id;
  }

  public Long requestId() {
    return requestId;
  }

  public String key() {
    return key;
  }

  public String recipient() {
    return recipient;
  }

  public Language language() {
    return language;
  }

  public String subject() {
    return subject;
  }

  public String bodyText() {
    return bodyText;
  }

  public String bodyHtml() {
    return bodyHtml;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }
}
