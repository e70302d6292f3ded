package ma.accesinfo.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A question the officer put to the requester about what they ask, and the answer if any. */
@Entity
@Table(name = "clarification")
public class Clarification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private Long requestId;

  @Column(nullable = false)
  private String question;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "asked_by", nullable = false)
  private Long askedBy;

  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "lapsed_at")
  private Instant lapsedAt;

  protected Clarification() {}

  public Clarification(InformationRequest request, String question, Long askedBy, Instant at) {
    this.requestId = Objects.requireNonNull(request.id());
    this.question = Objects.requireNonNull(question);
    this.askedBy = Objects.requireNonNull(askedBy);
    this.askedAt = Objects.requireNonNull(at);
  }

  public void answer(String answer, Instant at) {
    if (this.answeredAt != null) {
      throw new IllegalStateException("the clarification was already answered");
    }
    this.answer = Objects.requireNonNull(answer);
    this.answeredAt = Objects.requireNonNull(at);
  }

  public String question() {
    return question;
  }

  /** Its period ended without an answer; a later answer is no longer awaited. */
  public void lapse(Instant at) {
    if (this.answeredAt == null && this.lapsedAt == null) {
      this.lapsedAt = at;
    }
  }

  public String answer() {
    return answer;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
