package ma.accesinfo.application;

import jakarta.ejb.Local;

/** What the complaints' procedures do by themselves, called by the process engine's timers. */
@Local
public interface RedressLifecycle {

  /** Reminds the head of the body that a complaint awaits a decision. */
  void remindHead(long headComplaintId);

  /**
   * The head's 15 days ended without a decision: the complaint is overdue and the requester is
   * shown the window to complain to the Commission.
   */
  void headDeadlinePassed(long headComplaintId);

  /** The release the head ordered is late. */
  void releaseOverdue(long headComplaintId);

  /** The body did not answer the Commission in time; the investigation goes on without it. */
  void observationsUnanswered(long commissionComplaintId);

  /** The Commission's 30 days ended before its recommendation: the court window opens. */
  void commissionDeadlinePassed(long commissionComplaintId);

  /** The body did not comply with a recommendation to disclose by its due date. */
  void complianceOverdue(long commissionComplaintId);
}
