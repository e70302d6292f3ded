package ma.accesinfo.domain.model.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.request.Channel;
import ma.accesinfo.domain.model.request.InformationRequest;

/**
 * A complaint to the head of the body (Art. 19), one per request, filed within 20 working days of
 * the answer or of the end of the period without one.
 *
 * <p>Life cycle: received, it awaits the head's decision, due within 15 days ({@link
 * HeadComplaintStatus#AWAITING_DECISION}); past that day it is overdue and the Commission may be
 * seized. The head upholds the body's answer, with reasons ({@link HeadComplaintStatus#CLOSED}), or
 * overturns it in whole or part: the officer must then release the information by the day the head
 * sets ({@link HeadComplaintStatus#AWAITING_RELEASE}), and the release is tracked until done.
 */
@Entity
@Table(name = "head_complaint")
public class HeadComplaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String reference;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "request_id")
  private InformationRequest request;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "complainant_id")
  private Account complainant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ComplaintBasis basis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "registered_by")
  private Account registeredBy;

  @Column(nullable = false)
  private String grounds;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private HeadComplaintStatus status;

  @Column(nullable = false)
  private boolean overdue;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private HeadDecision decision;

  @Column(name = "decision_reasons")
  private String decisionReasons;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by")
  private Account decidedBy;

  @Column(name = "release_due_date")
  private LocalDate releaseDueDate;

  @Column(name = "release_overdue", nullable = false)
  private boolean releaseOverdue;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "release_message")
  private String releaseMessage;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "released_by")
  private Account releasedBy;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected HeadComplaint() {}

  public HeadComplaint(
      String reference,
      InformationRequest request,
      Account complainant,
      Channel channel,
      Account registeredBy,
      ComplaintBasis basis,
      String grounds,
      Instant receivedAt,
      LocalDate receivedOn,
      LocalDate dueDate) {
    this.reference = Objects.requireNonNull(reference);
    this.request = Objects.requireNonNull(request);
    this.complainant = complainant;
    this.channel = Objects.requireNonNull(channel);
    this.registeredBy = registeredBy;
    this.basis = Objects.requireNonNull(basis);
    this.grounds = Objects.requireNonNull(grounds);
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.receivedOn = Objects.requireNonNull(receivedOn);
    this.dueDate = Objects.requireNonNull(dueDate);
    this.status = HeadComplaintStatus.AWAITING_DECISION;
    this.updatedAt = receivedAt;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = Objects.requireNonNull(processInstanceId);
  }

  /** The head decides; an overturning names the day the information must be released by. */
  public void decide(
      HeadDecision decision, String reasons, LocalDate releaseDueDate, Account head, Instant at) {
    if (status != HeadComplaintStatus.AWAITING_DECISION) {
      throw new IllegalStateException("complaint " + reference + " is " + status);
    }
    this.decision = Objects.requireNonNull(decision);
    this.decisionReasons = Objects.requireNonNull(reasons);
    this.decidedBy = Objects.requireNonNull(head);
    this.decidedAt = Objects.requireNonNull(at);
    if (decision == HeadDecision.UPHELD) {
      this.status = HeadComplaintStatus.CLOSED;
    } else {
      this.releaseDueDate = Objects.requireNonNull(releaseDueDate);
      this.status = HeadComplaintStatus.AWAITING_RELEASE;
    }
    this.updatedAt = at;
  }

  /** The officer released the information the head ordered released. */
  public void recordRelease(String message, Account officer, Instant at) {
    if (status != HeadComplaintStatus.AWAITING_RELEASE) {
      throw new IllegalStateException("complaint " + reference + " is " + status);
    }
    this.releaseMessage = Objects.requireNonNull(message);
    this.releasedBy = Objects.requireNonNull(officer);
    this.releasedAt = Objects.requireNonNull(at);
    this.status = HeadComplaintStatus.CLOSED;
    this.updatedAt = at;
  }

  /** The head's 15 days ended without a decision. False when decided meanwhile. */
  public boolean markOverdue(Instant at) {
    if (status != HeadComplaintStatus.AWAITING_DECISION || overdue) {
      return false;
    }
    this.overdue = true;
    this.updatedAt = at;
    return true;
  }

  /** The release day passed without the release. False when released meanwhile. */
  public boolean markReleaseOverdue(Instant at) {
    if (status != HeadComplaintStatus.AWAITING_RELEASE || releaseOverdue) {
      return false;
    }
    this.releaseOverdue = true;
    this.updatedAt = at;
    return true;
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public InformationRequest request() {
    return request;
  }

  public Account complainant() {
    return complainant;
  }

  public Channel channel() {
    return channel;
  }

  public ComplaintBasis basis() {
    return basis;
  }

  public String grounds() {
    return grounds;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public HeadComplaintStatus status() {
    return status;
  }

  public boolean overdue() {
    return overdue;
  }

  public HeadDecision decision() {
    return decision;
  }

  public String decisionReasons() {
    return decisionReasons;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public LocalDate releaseDueDate() {
    return releaseDueDate;
  }

  public boolean releaseOverdue() {
    return releaseOverdue;
  }

  public Instant releasedAt() {
    return releasedAt;
  }

  public String releaseMessage() {
    return releaseMessage;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
