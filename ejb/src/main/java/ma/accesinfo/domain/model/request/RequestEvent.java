package ma.accesinfo.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One thing that happened to a request: who did it, when, what, and the facts of it as a JSON
 * object. Events are only ever added; the database rejects changes and removals.
 */
@Entity
@Table(name = "request_event")
public class RequestEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 50, updatable = false)
  private EventType type;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  private String context;

  protected RequestEvent() {}

  /**
   * @param actorId the account that acted, or null when the system acted (a timer, say)
   * @param context a JSON object with the facts of the event
   */
  public RequestEvent(
      InformationRequest request,
      Instant occurredAt,
      Long actorId,
      EventType type,
      String context) {
    this.requestId = Objects.requireNonNull(request.id());
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actorId = actorId;
    this.type = Objects.requireNonNull(type);
    this.context = Objects.requireNonNull(context);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Long actorId() {
    return actorId;
  }

  public EventType type() {
    return type;
  }

  public String context() {
    return context;
  }
}
