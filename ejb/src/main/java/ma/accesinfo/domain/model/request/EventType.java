package ma.accesinfo.domain.model.request;

/** What can happen to a request, as written in its event log. */
public enum EventType {
  REQUEST_FILED,
  REQUEST_OVERDUE,
  DECISION_RECORDED,
  DECISION_RELEASED
}
