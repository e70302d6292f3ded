package ma.accesinfo.domain.model.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Set;
import java.util.TreeSet;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.shared.Language;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

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
@DynamicUpdate
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

  @Column(name = "personal_data_purged_at")
  private Instant personalDataPurgedAt;

  @Column(nullable = false, length = 300)
  private String subject;

  /** The subject as searches compare it (accents and Arabic letter forms folded; V24). */
  @Column(name = "subject_folded", insertable = false, updatable = false)
  private String subjectFolded;

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

  @Column(nullable = false)
  private boolean overdue;

  /** Fell overdue, and the head of the body is yet to be told in a morning's list. */
  @Column(name = "head_to_tell", nullable = false)
  private boolean headToTell;

  @Column(name = "first_due_date", nullable = false)
  private LocalDate firstDueDate;

  @Column(nullable = false)
  private boolean extended;

  @Column(name = "extension_ground", length = 40)
  private String extensionGround;

  @Column(name = "extension_explanation")
  private String extensionExplanation;

  @Column(name = "extended_at")
  private Instant extendedAt;

  @Column(name = "urgency_declined", nullable = false)
  private boolean urgencyDeclined;

  @Column(name = "urgency_decline_reason")
  private String urgencyDeclineReason;

  @Column(name = "refusal_ground", length = 40)
  private String refusalGround;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SELECT)
  @CollectionTable(name = "request_exemption", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "code", length = 60)
  private Set<String> exemptions = new TreeSet<>();

  @Column(name = "public_justification")
  private String publicJustification;

  @Column(name = "published_reference")
  private String publishedReference;

  @Column(name = "withheld_parts")
  private String withheldParts;

  @Column(name = "disclosure_withheld_reason")
  private String disclosureWithheldReason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "competent_body_id")
  private Body competentBody;

  @Column(name = "forwarded_to_id")
  private Long forwardedToId;

  @Column(name = "forwarded_from_id")
  private Long forwardedFromId;

  @Column(name = "review_comment")
  private String reviewComment;

  @Column(name = "letter")
  private String letter;

  @Column(name = "closed_at")
  private Instant closedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "received_by")
  private Account receivedBy;

  @Column(name = "paused_working_days", nullable = false)
  private int pausedWorkingDays;

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
    this.firstDueDate = receipt.dueDate();
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

  /** The procedure moved to a new process instance (a new version of the process model). */
  public void replaceProcess(String processInstanceId) {
    this.processInstanceId = Objects.requireNonNull(processInstanceId);
  }

  /** Marks a request taken in at the counter, by post or by e-mail, and who took it in. */
  public void receivedBy(Account officer) {
    this.receivedBy = officer;
  }

  /** Links a request to the request it was forwarded from. */
  public void forwardedFrom(InformationRequest original) {
    this.forwardedFromId = Objects.requireNonNull(original.id());
  }

  /** Whether the short period of an urgent request (Art. 17) applies. */
  public boolean treatedAsUrgent() {
    return urgent && !urgencyDeclined;
  }

  /**
   * The officer finds the request not urgent; the ordinary period applies from receipt. Only before
   * the short period has ended: an expired deadline is not revived.
   */
  public void declineUrgency(
      String reason, LocalDate newFirstDueDate, LocalDate newDueDate, Instant at) {
    requireAwaitingDecision();
    if (!treatedAsUrgent() || overdue) {
      throw new IllegalStateException("request " + reference + " cannot have its urgency declined");
    }
    this.urgencyDeclined = true;
    this.urgencyDeclineReason = Objects.requireNonNull(reason);
    moveDeadline(newFirstDueDate, newDueDate, at);
  }

  /** The clock stood still for these working days while the requester was asked to clarify. */
  public void pauseClock(int workingDays, LocalDate newDueDate, Instant at) {
    this.pausedWorkingDays += workingDays;
    this.dueDate = Objects.requireNonNull(newDueDate);
    this.updatedAt = at;
  }

  /** The one extension of Art. 16. */
  public void extend(String ground, String explanation, LocalDate newDueDate, Instant at) {
    if (!openToChangesOfPeriod()) {
      throw new IllegalStateException("request " + reference + " is " + status);
    }
    if (extended) {
      throw new IllegalStateException("request " + reference + " was already extended");
    }
    this.extended = true;
    this.extensionGround = Objects.requireNonNull(ground);
    this.extensionExplanation = Objects.requireNonNull(explanation);
    this.extendedAt = at;
    this.dueDate = Objects.requireNonNull(newDueDate);
    this.updatedAt = at;
  }

  /** The deadlines computed again, after a change of the legal calendar. */
  public void moveDeadline(LocalDate newFirstDueDate, LocalDate newDueDate, Instant at) {
    this.firstDueDate = Objects.requireNonNull(newFirstDueDate);
    this.dueDate = Objects.requireNonNull(newDueDate);
    this.updatedAt = at;
  }

  public void awaitClarification(Instant at) {
    requireAwaitingDecision();
    this.status = RequestStatus.AWAITING_CLARIFICATION;
    this.updatedAt = at;
  }

  public void awaitThirdParty(Instant at) {
    requireAwaitingDecision();
    this.status = RequestStatus.AWAITING_THIRD_PARTY;
    this.updatedAt = at;
  }

  /** The clarification or the consultation is over, answered or not: the officer resumes. */
  public void resumeAssessment(Instant at) {
    if (status != RequestStatus.AWAITING_CLARIFICATION
        && status != RequestStatus.AWAITING_THIRD_PARTY) {
      throw new IllegalStateException("request " + reference + " is " + status);
    }
    this.status = waitingStatus();
    this.updatedAt = at;
  }

  /** Records the officer's decision. A refusal or partial grant then awaits legal review. */
  public void recordDecision(DecisionRecord decision, Account officer, Instant at) {
    requireAwaitingDecision();
    this.resolution = decision.resolution();
    this.refusalGround = decision.refusalGround();
    this.exemptions.clear();
    this.exemptions.addAll(decision.exemptions());
    this.publicJustification = decision.publicJustification();
    this.publishedReference = decision.publishedReference();
    this.withheldParts = decision.withheldParts();
    this.responseMessage = decision.message();
    this.competentBody = decision.competentBody();
    this.disclosureWithheldReason = decision.unpublishedReason();
    this.decidedBy = Objects.requireNonNull(officer);
    this.decidedAt = Objects.requireNonNull(at);
    this.reviewComment = null;
    this.status =
        decision.resolution().needsLegalReview()
            ? RequestStatus.AWAITING_REVIEW
            : RequestStatus.DECIDED;
    this.updatedAt = at;
  }

  /** The legal reviewer approves the refusal or partial grant: it may leave the body. */
  public void approveDecision(Instant at) {
    requireStatus(RequestStatus.AWAITING_REVIEW);
    this.status = RequestStatus.DECIDED;
    this.updatedAt = at;
  }

  /** The legal reviewer returns the decision to the officer with comments. */
  public void returnDecision(String comment, Instant at) {
    requireStatus(RequestStatus.AWAITING_REVIEW);
    this.reviewComment = Objects.requireNonNull(comment);
    clearDecision();
    this.status = waitingStatus();
    this.updatedAt = at;
  }

  private void clearDecision() {
    this.resolution = null;
    this.refusalGround = null;
    this.exemptions.clear();
    this.publicJustification = null;
    this.publishedReference = null;
    this.withheldParts = null;
    this.disclosureWithheldReason = null;
    this.responseMessage = null;
    this.competentBody = null;
    this.decidedBy = null;
    this.decidedAt = null;
  }

  /** The decision leaves the body, with its letter: the requester can now read it. */
  public void releaseDecision(String letter, Instant at) {
    requireStatus(RequestStatus.DECIDED);
    this.letter = Objects.requireNonNull(letter);
    this.status = RequestStatus.ANSWERED;
    this.closedAt = at;
    this.updatedAt = at;
  }

  /**
   * The head of the body overturned the body's answer, or its silence, on a complaint, and the
   * information was released: the request's outcome becomes what the head ordered, and a request
   * still open is answered.
   */
  public void answerAfterComplaint(
      Resolution outcome, String message, Account officer, Instant at) {
    if (outcome != Resolution.GRANTED && outcome != Resolution.PARTIALLY_GRANTED) {
      throw new IllegalArgumentException("a complaint releases information, fully or in part");
    }
    if (status.closed() && status != RequestStatus.ANSWERED) {
      throw new IllegalStateException("request " + reference + " is " + status);
    }
    if (status != RequestStatus.ANSWERED) {
      clearDecision();
      this.status = RequestStatus.ANSWERED;
      this.closedAt = at;
    }
    this.resolution = outcome;
    this.refusalGround = null;
    this.responseMessage = Objects.requireNonNull(message);
    this.decidedBy = Objects.requireNonNull(officer);
    this.decidedAt = at;
    this.updatedAt = at;
  }

  /**
   * The requester withdraws the request; nothing more is done on it. A decision still inside the
   * body (awaiting legal review) never left it, so it is dropped.
   */
  public void withdraw(Instant at) {
    if (status.closed() || status == RequestStatus.DECIDED) {
      throw new IllegalStateException("request " + reference + " is " + status);
    }
    clearDecision();
    close(RequestStatus.WITHDRAWN, Resolution.WITHDRAWN, at);
  }

  /** The body does not hold the information and passes the request to the competent body. */
  public void forwardTo(InformationRequest forwarded, Account officer, Instant at) {
    requireAwaitingDecision();
    this.forwardedToId = Objects.requireNonNull(forwarded.id());
    this.competentBody = forwarded.body();
    this.decidedBy = officer;
    close(RequestStatus.FORWARDED, Resolution.FORWARDED, at);
  }

  private void close(RequestStatus closedStatus, Resolution outcome, Instant at) {
    this.status = closedStatus;
    this.resolution = outcome;
    this.decidedAt = at;
    this.closedAt = at;
    this.updatedAt = at;
  }

  /**
   * The legal period ended. Returns false, changing nothing, when the request is closed or already
   * overdue (the timer and the answer crossed).
   */
  public boolean markOverdue(Instant at) {
    if (status.closed() || overdue) {
      return false;
    }
    this.overdue = true;
    this.headToTell = true;
    if (status == RequestStatus.AWAITING_RESPONSE) {
      this.status = RequestStatus.OVERDUE;
    }
    this.updatedAt = at;
    return true;
  }

  /** Whether the officer still works on the request, so that its period can still change. */
  public boolean openToChangesOfPeriod() {
    return status.awaitsDecision()
        || status == RequestStatus.AWAITING_CLARIFICATION
        || status == RequestStatus.AWAITING_THIRD_PARTY;
  }

  /** Whether the request still runs against a deadline that has not passed. */
  public boolean runsOnTime() {
    return !status.closed() && !overdue;
  }

  /**
   * The status as the requester sees it: the body's internal steps (a consultation of a third
   * party, a decision awaiting legal review) show as the request awaiting its response, so that a
   * refusal is not known before it leaves.
   */
  public RequestStatus statusForRequester() {
    return switch (status) {
      case AWAITING_THIRD_PARTY, AWAITING_REVIEW, DECIDED -> waitingStatus();
      default -> status;
    };
  }

  /** Who recorded the decision now on the request, if any. */
  public Account decidedBy() {
    return decidedBy;
  }

  public int pausedWorkingDays() {
    return pausedWorkingDays;
  }

  private RequestStatus waitingStatus() {
    return overdue ? RequestStatus.OVERDUE : RequestStatus.AWAITING_RESPONSE;
  }

  private void requireAwaitingDecision() {
    if (!status.awaitsDecision()) {
      throw new IllegalStateException("request " + reference + " is " + status);
    }
  }

  private void requireStatus(RequestStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("request " + reference + " is " + status);
    }
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

  /** The requester's account, or null for a request taken in on paper from someone without one. */
  public Account requester() {
    return requester;
  }

  /**
   * The requester corrected their details (Law 09-08, right of rectification). A request whose
   * personal data was purged keeps nothing to correct.
   */
  public void correctRequesterDetails(RequesterDetails corrected, Instant at) {
    if (personalDataPurgedAt != null) {
      return;
    }
    this.requesterDetails = java.util.Objects.requireNonNull(corrected);
    this.updatedAt = at;
  }

  public boolean personalDataPurged() {
    return personalDataPurgedAt != null;
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

  public boolean overdue() {
    return overdue;
  }

  public LocalDate firstDueDate() {
    return firstDueDate;
  }

  public boolean extended() {
    return extended;
  }

  public String extensionGround() {
    return extensionGround;
  }

  public String extensionExplanation() {
    return extensionExplanation;
  }

  public boolean urgencyDeclined() {
    return urgencyDeclined;
  }

  public String urgencyDeclineReason() {
    return urgencyDeclineReason;
  }

  public String refusalGround() {
    return refusalGround;
  }

  public Set<String> exemptions() {
    return Set.copyOf(exemptions);
  }

  public String publicJustification() {
    return publicJustification;
  }

  public String publishedReference() {
    return publishedReference;
  }

  public String withheldParts() {
    return withheldParts;
  }

  /** Why the released answer stays out of the public disclosure log; null when it is published. */
  public String disclosureWithheldReason() {
    return disclosureWithheldReason;
  }

  public Body competentBody() {
    return competentBody;
  }

  public Long forwardedToId() {
    return forwardedToId;
  }

  public Long forwardedFromId() {
    return forwardedFromId;
  }

  public String reviewComment() {
    return reviewComment;
  }

  public String letter() {
    return letter;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
