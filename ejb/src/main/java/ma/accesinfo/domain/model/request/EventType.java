package ma.accesinfo.domain.model.request;

/** What can happen to a request, as written in its event log. */
public enum EventType {
  REQUEST_FILED,
  REQUEST_RECEIVED_BY_INTAKE,
  URGENCY_DECLINED,
  CLARIFICATION_REQUESTED,
  CLARIFICATION_ANSWERED,
  CLARIFICATION_UNANSWERED,
  THIRD_PARTY_CONSULTED,
  THIRD_PARTY_ANSWERED,
  THIRD_PARTY_UNANSWERED,
  DEADLINE_EXTENDED,
  DEADLINE_RECOMPUTED,
  OFFICERS_REMINDED,
  REQUEST_OVERDUE,
  DECISION_RECORDED,
  DECISION_APPROVED,
  DECISION_RETURNED,
  DECISION_RELEASED,
  REQUEST_FORWARDED,
  REQUEST_WITHDRAWN;

  /**
   * Whether the requester sees the event. The body's internal steps (a decision before its legal
   * review, reminders, consultations of third parties) are for its staff.
   */
  public boolean visibleToRequester() {
    return switch (this) {
      case DECISION_RECORDED,
          DECISION_APPROVED,
          DECISION_RETURNED,
          OFFICERS_REMINDED,
          THIRD_PARTY_CONSULTED,
          THIRD_PARTY_ANSWERED,
          THIRD_PARTY_UNANSWERED ->
          false;
      default -> true;
    };
  }
}
