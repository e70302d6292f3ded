package ma.accesinfo.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The consultation of a third party who supplied the information in confidence (Art. 9), with its
 * own due date; the third party consents or objects, and the body then decides, weighing its
 * reasons.
 */
@Entity
@Table(name = "third_party_consultation")
public class ThirdPartyConsultation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false)
  private Long requestId;

  @Column(name = "third_party", nullable = false, length = 300)
  private String thirdParty;

  @Column(length = 300)
  private String contact;

  @Column(nullable = false)
  private String question;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "requested_by", nullable = false)
  private Long requestedBy;

  private String answer;

  private Boolean consents;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "lapsed_at")
  private Instant lapsedAt;

  protected ThirdPartyConsultation() {}

  public ThirdPartyConsultation(
      InformationRequest request,
      String thirdParty,
      String contact,
      String question,
      LocalDate dueDate,
      Long requestedBy,
      Instant at) {
    this.requestId = Objects.requireNonNull(request.id());
    this.thirdParty = Objects.requireNonNull(thirdParty);
    this.contact = contact;
    this.question = Objects.requireNonNull(question);
    this.dueDate = Objects.requireNonNull(dueDate);
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = Objects.requireNonNull(at);
  }

  public void answer(boolean consents, String answer, Instant at) {
    if (this.answeredAt != null) {
      throw new IllegalStateException("the consultation was already answered");
    }
    this.consents = consents;
    this.answer = Objects.requireNonNull(answer);
    this.answeredAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public String thirdParty() {
    return thirdParty;
  }

  public String contact() {
    return contact;
  }

  public String question() {
    return question;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Boolean consents() {
    return consents;
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

  public Instant answeredAt() {
    return answeredAt;
  }
}
