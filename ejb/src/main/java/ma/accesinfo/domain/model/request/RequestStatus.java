package ma.accesinfo.domain.model.request;

/** Where a request stands in its procedure (not its legal outcome, which is its resolution). */
public enum RequestStatus {
  /** Received; the body's officers are examining it within the legal period. */
  AWAITING_RESPONSE,
  /** The legal period ended without an answer; the body can still answer late. */
  OVERDUE,
  /** The officer has recorded the decision; it has not left the body yet. */
  DECIDED,
  /** The decision was sent to the requester. */
  ANSWERED;

  public boolean awaitsDecision() {
    return this == AWAITING_RESPONSE || this == OVERDUE;
  }
}
