package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;

/**
 * What the request's procedure does by itself, called by the process engine's steps and timers
 * rather than by people. Not exposed to any user interface.
 */
@Local
public interface RequestLifecycle {

  /** The final decision leaves the body with its letter, and the requester can read it. */
  void releaseDecision(long requestId);

  /**
   * The reply period ended. A request still awaiting its answer becomes overdue, the requester is
   * told until when they can complain, and the head of the body is to be told the next morning.
   */
  void markOverdue(long requestId);

  /**
   * Reminds the body's officers that the due date approaches.
   *
   * @return when to remind them next, or null for no further reminder
   */
  Instant remindOfficers(long requestId);

  /** The requester did not clarify in time; the officer resumes without the answer. */
  void clarificationUnanswered(long requestId);

  /** The third party did not answer in time; the officer decides without its view. */
  void consultationUnanswered(long requestId);
}
