package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Redress (Arts 19-21): the complaint to the head of the body, the complaint to the Commission, its
 * investigation and recommendation, the body's compliance, and the appeal to the court.
 */
@Local
public interface RedressService {

  /** The requester complains to the head of the body, within the window of Art. 19. */
  HeadComplaintView complainToHead(String requestReference, ComplaintText complaint);

  /** The head of the body decides the complaint within 15 days. */
  HeadComplaintView decideHeadComplaint(String reference, HeadDecisionInput decision);

  /** An officer of the body records the release the head ordered. */
  HeadComplaintView recordRelease(String reference, ReleaseInput release);

  /** A body's officer or head registers a complaint to the head received on paper. */
  HeadComplaintView registerHeadComplaint(HeadComplaintRegistration registration);

  HeadComplaintView findHeadComplaint(String reference);

  /** The requester's complaints, or those against the bodies a staff member works for. */
  List<HeadComplaintView> listHeadComplaints();

  /** The requester complains to the Commission, within the window of Art. 20. */
  CommissionComplaintView complainToCommission(String requestReference, ComplaintText complaint);

  /** Commission staff register a complaint received by registered post, e-mail or in person. */
  CommissionComplaintView registerCommissionComplaint(CommissionRegistration registration);

  CommissionComplaintView decideAdmissibility(String reference, AdmissibilityInput admissibility);

  CommissionComplaintView requestObservations(String reference, ObservationRequestInput request);

  /** The body answers the Commission's request for observations and documents. */
  CommissionComplaintView answerObservations(String reference, ObservationsInput observations);

  CommissionComplaintView recommend(String reference, RecommendationInput recommendation);

  /**
   * The body, or the Commission, records whether the body followed a recommendation to disclose.
   */
  CommissionComplaintView recordCompliance(String reference, ComplianceInput compliance);

  /** The requester or the body records an appeal to the administrative court (Art. 21). */
  CommissionComplaintView recordAppeal(String reference, AppealInput appeal);

  CommissionComplaintView findCommissionComplaint(String reference);

  /**
   * Commission members: every complaint, of that status when one is given; requesters: their own; a
   * body's staff: those against their bodies.
   */
  List<CommissionComplaintView> listCommissionComplaints(String status);

  record ComplaintText(String grounds) {}

  record HeadDecisionInput(String decision, String reasons, LocalDate releaseDueDate) {}

  record ReleaseInput(String message) {}

  /**
   * @param complainantIdentityNumber the national identity card or residence document number of the
   *     requester, as the complaint gives it
   */
  record CommissionRegistration(
      String requestReference,
      String complainantIdentityNumber,
      String channel,
      LocalDate receivedOn,
      String grounds) {}

  record HeadComplaintRegistration(
      String requestReference, String channel, LocalDate receivedOn, String grounds) {}

  record AdmissibilityInput(Boolean admissible, String reason) {}

  record ObservationRequestInput(String question, LocalDate dueDate) {}

  record ObservationsInput(String answer, String documents) {}

  record RecommendationInput(String recommendation, String reasons, LocalDate complianceDueDate) {}

  record ComplianceInput(String status, String evidence) {}

  record AppealInput(LocalDate lodgedOn, String outcome) {}

  /**
   * @param commissionWindowOpens the first day a complaint to the Commission may be filed
   * @param commissionWindowEnds the last day it may be filed (Art. 20)
   */
  record HeadComplaintView(
      String reference,
      String requestReference,
      String bodyCode,
      String basis,
      String grounds,
      String status,
      boolean overdue,
      Instant receivedAt,
      LocalDate receivedOn,
      LocalDate dueDate,
      String decision,
      String decisionReasons,
      Instant decidedAt,
      LocalDate releaseDueDate,
      boolean releaseOverdue,
      Instant releasedAt,
      String releaseMessage,
      LocalDate commissionWindowOpens,
      LocalDate commissionWindowEnds) {}

  /**
   * @param courtWindowEnds the last day to appeal to the administrative court (Art. 21), once the
   *     Commission answered or its period ended
   */
  record CommissionComplaintView(
      String reference,
      String requestReference,
      String headComplaintReference,
      String bodyCode,
      String channel,
      String grounds,
      String status,
      boolean overdue,
      Instant receivedAt,
      LocalDate receivedOn,
      LocalDate dueDate,
      String inadmissibilityReason,
      String recommendation,
      String recommendationReasons,
      Instant recommendedAt,
      LocalDate complianceDueDate,
      String complianceStatus,
      String complianceEvidence,
      LocalDate courtWindowEnds,
      LocalDate appealLodgedOn,
      String appealOutcome,
      List<ObservationView> observationRequests) {}

  /** A request for observations; its answer is shown to the Commission and the body only. */
  record ObservationView(
      String question,
      LocalDate dueDate,
      Instant requestedAt,
      String answer,
      String documents,
      Instant answeredAt) {}
}
