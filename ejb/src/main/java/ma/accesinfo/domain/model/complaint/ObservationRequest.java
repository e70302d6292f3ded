package ma.accesinfo.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The Commission's request to the body for its observations and documents, with a deadline. */
@Entity
@Table(name = "observation_request")
public class ObservationRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "commission_complaint_id", nullable = false)
  private Long complaintId;

  @Column(nullable = false)
  private String question;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "requested_by", nullable = false)
  private Long requestedBy;

  private String answer;

  private String documents;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_by")
  private Long answeredBy;

  @Column(name = "lapsed_at")
  private Instant lapsedAt;

  protected ObservationRequest() {}

  public ObservationRequest(
      CommissionComplaint complaint,
      String question,
      LocalDate dueDate,
      Long requestedBy,
      Instant at) {
    this.complaintId = Objects.requireNonNull(complaint.id());
    this.question = Objects.requireNonNull(question);
    this.dueDate = Objects.requireNonNull(dueDate);
    this.requestedBy = Objects.requireNonNull(requestedBy);
    this.requestedAt = Objects.requireNonNull(at);
  }

  public void answer(String answer, String documents, Long answeredBy, Instant at) {
    if (answeredAt != null || lapsedAt != null) {
      throw new IllegalStateException("the observations are no longer awaited");
    }
    this.answer = Objects.requireNonNull(answer);
    this.documents = documents;
    this.answeredBy = Objects.requireNonNull(answeredBy);
    this.answeredAt = Objects.requireNonNull(at);
  }

  public void lapse(Instant at) {
    if (answeredAt == null && lapsedAt == null) {
      this.lapsedAt = at;
    }
  }

  public String question() {
    return question;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public String answer() {
    return answer;
  }

  public String documents() {
    return documents;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public Instant requestedAt() {
    return requestedAt;
  }
}
