package ma.accesinfo.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.shared.Language;

/**
 * A request for information addressed to a body under Law 31-13 (Art. 14).
 *
 * <p>Life cycle: a request is <em>received</em> (online, at the counter, by post or by e-mail) and
 * gets its reference, its receipt time and its due date; it then awaits the body's response ({@link
 * RequestStatus#AWAITING_RESPONSE}). If the due date passes without an answer it becomes {@link
 * RequestStatus#OVERDUE}, which does not stop the body from answering. The officer records a
 * decision ({@link RequestStatus#DECIDED}); once the decision leaves the body the request is {@link
 * RequestStatus#ANSWERED} and the requester can read the response.
 *
 * <p>Status (where it is), resolution (the legal outcome) and visibility are kept apart.
 */
@Entity
@Table(name = "information_request")
public class InformationRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String reference;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "body_id")
  private Body body;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "requester_id")
  private Account requester;

  @Embedded private RequesterDetails requesterDetails;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private boolean urgent;

  @Column(name = "urgency_reason")
  private String urgencyReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_mode", nullable = false, length = 20)
  private DeliveryMode deliveryMode;

  @Column(nullable = false, length = 2)
  private Language language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Channel channel;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private RequestStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Resolution resolution;

  @Column(name = "response_message")
  private String responseMessage;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by")
  private Account decidedBy;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected InformationRequest() {}

  /** A request as it is received, with its reference and the last day of its legal period. */
  public InformationRequest(
      String reference,
      Body body,
      Account requester,
      RequesterDetails requesterDetails,
      RequestContent content,
      Channel channel,
      Receipt receipt) {
    this.reference = Objects.requireNonNull(reference);
    this.body = Objects.requireNonNull(body);
    this.requester = requester;
    this.requesterDetails = Objects.requireNonNull(requesterDetails);
    this.subject = content.subject();
    this.description = content.description();
    this.urgent = content.urgent();
    this.urgencyReason = content.urgencyReason();
    this.deliveryMode = content.deliveryMode();
    this.language = content.language();
    this.channel = Objects.requireNonNull(channel);
    this.receivedAt = receipt.receivedAt();
    this.receivedOn = receipt.receivedOn();
    this.dueDate = receipt.dueDate();
    this.status = RequestStatus.AWAITING_RESPONSE;
    this.createdAt = receipt.receivedAt();
    this.updatedAt = receipt.receivedAt();
  }

  /** Links the request to the process instance that runs its procedure. */
  public void attachProcess(String processInstanceId) {
    if (this.processInstanceId != null) {
      throw new IllegalStateException("request " + reference + " already has a process");
    }
    this.processInstanceId = Objects.requireNonNull(processInstanceId);
  }

  /** Records the officer's decision. Only a request that awaits a decision can take one. */
  public void recordDecision(Resolution resolution, String message, Account officer, Instant at) {
    if (!status.awaitsDecision()) {
      throw new IllegalStateException("request " + reference + " is " + status);
    }
    this.resolution = Objects.requireNonNull(resolution);
    this.responseMessage = Objects.requireNonNull(message);
    this.decidedBy = Objects.requireNonNull(officer);
    this.decidedAt = Objects.requireNonNull(at);
    this.status = RequestStatus.DECIDED;
    this.updatedAt = at;
  }

  /** The decision leaves the body: the requester can now read it. */
  public void releaseDecision(Instant at) {
    if (status != RequestStatus.DECIDED) {
      throw new IllegalStateException("request " + reference + " has no decision to release");
    }
    this.status = RequestStatus.ANSWERED;
    this.updatedAt = at;
  }

  /**
   * The legal period ended. Returns false, changing nothing, when the request no longer awaits a
   * decision (the timer and the answer crossed).
   */
  public boolean markOverdue(Instant at) {
    if (status != RequestStatus.AWAITING_RESPONSE) {
      return false;
    }
    this.status = RequestStatus.OVERDUE;
    this.updatedAt = at;
    return true;
  }

  /** Whether the account filed this request. */
  public boolean filedBy(Account account) {
    return requester != null && requester.id().equals(account.id());
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public Body body() {
    return body;
  }

  public RequesterDetails requesterDetails() {
    return requesterDetails;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public boolean urgent() {
    return urgent;
  }

  public String urgencyReason() {
    return urgencyReason;
  }

  public DeliveryMode deliveryMode() {
    return deliveryMode;
  }

  public Language language() {
    return language;
  }

  public Channel channel() {
    return channel;
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

  public RequestStatus status() {
    return status;
  }

  public Resolution resolution() {
    return resolution;
  }

  public String responseMessage() {
    return responseMessage;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
