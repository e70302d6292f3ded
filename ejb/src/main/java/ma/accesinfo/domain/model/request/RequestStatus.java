package ma.accesinfo.domain.model.request;

import java.util.EnumSet;
import java.util.Set;

/** Where a request stands in its procedure (not its legal outcome, which is its resolution). */
public enum RequestStatus {
  /** Received; the body's officers are examining it within the legal period. */
  AWAITING_RESPONSE,
  /** The legal period ended without an answer; the body can still answer late. */
  OVERDUE,
  /** The officer asked the requester to clarify the request. */
  AWAITING_CLARIFICATION,
  /** The officer consulted a third party who supplied the information (Art. 9). */
  AWAITING_THIRD_PARTY,
  /** A refusal or partial grant awaits the body's legal reviewer before it may leave. */
  AWAITING_REVIEW,
  /** The decision is final within the body and about to leave it. */
  DECIDED,
  /** The decision was sent to the requester. */
  ANSWERED,
  /** The body does not hold the information and passed the request to the competent body. */
  FORWARDED,
  /** The requester withdrew the request. */
  WITHDRAWN;

  /** The statuses of a request whose procedure is over. */
  public static final Set<RequestStatus> CLOSED =
      java.util.Collections.unmodifiableSet(EnumSet.of(ANSWERED, FORWARDED, WITHDRAWN));

  /** Whether the officer can act on the request now (decide, extend, clarify, forward). */
  public boolean awaitsDecision() {
    return this == AWAITING_RESPONSE || this == OVERDUE;
  }

  public boolean closed() {
    return CLOSED.contains(this);
  }
}
