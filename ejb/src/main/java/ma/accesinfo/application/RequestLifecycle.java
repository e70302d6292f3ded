package ma.accesinfo.application;

import jakarta.ejb.Local;

/**
 * What the request's procedure does by itself, called by the process engine's steps and timers
 * rather than by people. Not exposed to any user interface.
 */
@Local
public interface RequestLifecycle {

  /** The recorded decision leaves the body and the requester can read it. */
  void releaseDecision(long requestId);

  /** The reply period ended; a request still awaiting its answer becomes overdue. */
  void markOverdue(long requestId);
}
