package ma.accesinfo.application;

import java.time.Instant;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.HeadComplaint;

/** The running procedures of complaints, kept by a process engine, in the caller's transaction. */
public interface RedressWorkflow {

  /** Starts {@code complaint-to-head}: the head decides by the deadline, reminded before it. */
  String startHeadComplaint(HeadComplaint complaint, Instant decisionDeadline, Instant reminder);

  /** The head decided; an overturning opens the officer's release, due at the release deadline. */
  void headDecided(HeadComplaint complaint, Instant releaseDeadline);

  void informationReleased(HeadComplaint complaint);

  /** Starts {@code commission-complaint}: the Commission answers by the deadline. */
  String startCommissionComplaint(CommissionComplaint complaint, Instant commissionDeadline);

  void admissibilityDecided(CommissionComplaint complaint, boolean admissible);

  void observationsRequested(CommissionComplaint complaint, Instant observationsDeadline);

  void observationsReceived(CommissionComplaint complaint);

  /** The recommendation is issued; one to disclose opens the body's compliance, due then. */
  void recommended(CommissionComplaint complaint, Instant complianceDeadline);

  void complianceRecorded(CommissionComplaint complaint);
}
