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
import ma.accesinfo.domain.model.request.InformationRequest;

/**
 * A complaint to the Commission du droit d'accès à l'information (Art. 20), after a complaint to
 * the head of the body, with its sequence-numbered receipt.
 *
 * <p>Life cycle, as the Commission's internal rules describe it: received online or registered by
 * Commission staff with its real receipt date and channel, it awaits a ruling on admissibility; an
 * inadmissible complaint ends with its reason. An admissible one is investigated: the Commission
 * may ask the body for its observations and documents, with a deadline, as often as it needs; it
 * then deliberates and issues a reasoned recommendation, which the complainant must have within 30
 * days of receipt. When it recommends disclosure, the body's compliance is tracked to its due date.
 * The 60 days to appeal to the administrative court (Art. 21) run from the recommendation, or from
 * the end of the Commission's period without one; an appeal and its outcome are recorded.
 */
@Entity
@Table(name = "commission_complaint")
public class CommissionComplaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String reference;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "request_id")
  private InformationRequest request;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "head_complaint_id")
  private HeadComplaint headComplaint;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "complainant_id")
  private Account complainant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CommissionChannel channel;

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
  private CommissionComplaintStatus status;

  @Column(nullable = false)
  private boolean overdue;

  @Column(name = "inadmissibility_reason")
  private String inadmissibilityReason;

  @Column(name = "ruled_inadmissible_at")
  private Instant ruledInadmissibleAt;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Recommendation recommendation;

  @Column(name = "recommendation_reasons")
  private String recommendationReasons;

  @Column(name = "recommended_at")
  private Instant recommendedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "recommended_by")
  private Account recommendedBy;

  @Column(name = "compliance_due_date")
  private LocalDate complianceDueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "compliance_status", length = 20)
  private ComplianceStatus complianceStatus;

  @Column(name = "compliance_evidence")
  private String complianceEvidence;

  @Column(name = "compliance_recorded_at")
  private Instant complianceRecordedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "compliance_recorded_by")
  private Account complianceRecordedBy;

  @Column(name = "appeal_lodged_on")
  private LocalDate appealLodgedOn;

  @Column(name = "appeal_outcome")
  private String appealOutcome;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "appeal_recorded_by")
  private Account appealRecordedBy;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected CommissionComplaint() {}

  public CommissionComplaint(
      String reference,
      HeadComplaint headComplaint,
      Account complainant,
      CommissionChannel channel,
      Account registeredBy,
      String grounds,
      Instant receivedAt,
      LocalDate receivedOn,
      LocalDate dueDate) {
    this.reference = Objects.requireNonNull(reference);
    this.headComplaint = Objects.requireNonNull(headComplaint);
    this.request = headComplaint.request();
    this.complainant = complainant;
    this.channel = Objects.requireNonNull(channel);
    this.registeredBy = registeredBy;
    this.grounds = Objects.requireNonNull(grounds);
    this.receivedAt = Objects.requireNonNull(receivedAt);
    this.receivedOn = Objects.requireNonNull(receivedOn);
    this.dueDate = Objects.requireNonNull(dueDate);
    this.status = CommissionComplaintStatus.AWAITING_ADMISSIBILITY;
    this.updatedAt = receivedAt;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = Objects.requireNonNull(processInstanceId);
  }

  public void admit(Instant at) {
    require(CommissionComplaintStatus.AWAITING_ADMISSIBILITY);
    this.status = CommissionComplaintStatus.UNDER_INVESTIGATION;
    this.updatedAt = at;
  }

  public void rejectAsInadmissible(String reason, Instant at) {
    require(CommissionComplaintStatus.AWAITING_ADMISSIBILITY);
    this.inadmissibilityReason = Objects.requireNonNull(reason);
    this.ruledInadmissibleAt = Objects.requireNonNull(at);
    this.status = CommissionComplaintStatus.INADMISSIBLE;
    this.updatedAt = at;
  }

  public void awaitObservations(Instant at) {
    require(CommissionComplaintStatus.UNDER_INVESTIGATION);
    this.status = CommissionComplaintStatus.AWAITING_OBSERVATIONS;
    this.updatedAt = at;
  }

  /** The body's observations arrived, or their deadline passed: the investigation goes on. */
  public void resumeInvestigation(Instant at) {
    require(CommissionComplaintStatus.AWAITING_OBSERVATIONS);
    this.status = CommissionComplaintStatus.UNDER_INVESTIGATION;
    this.updatedAt = at;
  }

  public void recommend(
      Recommendation recommendation,
      String reasons,
      LocalDate complianceDueDate,
      Account member,
      Instant at) {
    require(CommissionComplaintStatus.UNDER_INVESTIGATION);
    this.recommendation = Objects.requireNonNull(recommendation);
    this.recommendationReasons = Objects.requireNonNull(reasons);
    this.recommendedBy = Objects.requireNonNull(member);
    this.recommendedAt = Objects.requireNonNull(at);
    if (recommendation.asksForDisclosure()) {
      this.complianceDueDate = Objects.requireNonNull(complianceDueDate);
      this.complianceStatus = ComplianceStatus.PENDING;
    }
    this.status = CommissionComplaintStatus.RECOMMENDED;
    this.updatedAt = at;
  }

  public void recordCompliance(
      ComplianceStatus outcome, String evidence, Account recordedBy, Instant at) {
    if (complianceStatus == null) {
      throw new IllegalStateException("complaint " + reference + " asks for no disclosure");
    }
    this.complianceStatus = Objects.requireNonNull(outcome);
    this.complianceEvidence = Objects.requireNonNull(evidence);
    this.complianceRecordedBy = Objects.requireNonNull(recordedBy);
    this.complianceRecordedAt = Objects.requireNonNull(at);
    this.updatedAt = at;
  }

  /** Records the appeal, once; a later call may only add its outcome. */
  public void recordAppeal(LocalDate lodgedOn, String outcome, Account recordedBy, Instant at) {
    if (appealLodgedOn != null && !appealLodgedOn.equals(lodgedOn)) {
      throw new IllegalStateException("an appeal lodged on " + appealLodgedOn + " is recorded");
    }
    this.appealLodgedOn = Objects.requireNonNull(lodgedOn);
    if (outcome != null) {
      this.appealOutcome = outcome;
    }
    this.appealRecordedBy = Objects.requireNonNull(recordedBy);
    this.updatedAt = at;
  }

  /** The Commission's 30 days ended before its recommendation. False when it came in time. */
  public boolean markOverdue(Instant at) {
    if (overdue
        || status == CommissionComplaintStatus.RECOMMENDED
        || status == CommissionComplaintStatus.INADMISSIBLE) {
      return false;
    }
    this.overdue = true;
    this.updatedAt = at;
    return true;
  }

  public boolean open() {
    return status != CommissionComplaintStatus.RECOMMENDED
        && status != CommissionComplaintStatus.INADMISSIBLE;
  }

  private void require(CommissionComplaintStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("complaint " + reference + " is " + status);
    }
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

  public HeadComplaint headComplaint() {
    return headComplaint;
  }

  public Account complainant() {
    return complainant;
  }

  public CommissionChannel channel() {
    return channel;
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

  public CommissionComplaintStatus status() {
    return status;
  }

  public boolean overdue() {
    return overdue;
  }

  public String inadmissibilityReason() {
    return inadmissibilityReason;
  }

  /** When the Commission answered: its recommendation, or its ruling of inadmissibility. */
  public Instant answeredAt() {
    return recommendedAt != null ? recommendedAt : ruledInadmissibleAt;
  }

  public Recommendation recommendation() {
    return recommendation;
  }

  public String recommendationReasons() {
    return recommendationReasons;
  }

  public Instant recommendedAt() {
    return recommendedAt;
  }

  public LocalDate complianceDueDate() {
    return complianceDueDate;
  }

  public ComplianceStatus complianceStatus() {
    return complianceStatus;
  }

  public String complianceEvidence() {
    return complianceEvidence;
  }

  public LocalDate appealLodgedOn() {
    return appealLodgedOn;
  }

  public String appealOutcome() {
    return appealOutcome;
  }

  public String processInstanceId() {
    return processInstanceId;
  }
}
