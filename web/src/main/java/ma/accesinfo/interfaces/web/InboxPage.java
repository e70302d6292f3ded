package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.accesinfo.application.RequestService;
import ma.accesinfo.application.RequestService.RequestView;
import ma.accesinfo.domain.model.request.RequestStatus;

/**
 * The officers' inbox: their bodies' requests, overdue first, then by due date, with the time left
 * told in words and colour, a status filter and a search by reference or subject.
 */
@Named
@RequestScoped
public class InboxPage {

  @Inject RequestService requests;
  @Inject Viewer viewer;

  private String status;
  private String query;
  private List<RequestView> rows;
  private Map<String, Long> summary;

  public void load() {
    Pages.signInFirst();
  }

  public List<RequestView> getRows() {
    if (rows == null) {
      // Found and ordered by the service (the running first, overdue at the top); a list the table
      // may sort in place
      rows =
          new ArrayList<>(
              requests.listRequests(
                  status == null || status.isBlank() ? null : status,
                  query == null || query.isBlank()
                      ? null
                      : query
                          .strip()
                          .substring(
                              0, Math.min(query.strip().length(), RequestService.SEARCH_LIMIT))));
    }
    return rows;
  }

  /**
   * The body's running requests by how pressing they are ({@code overdue}, {@code soon}, {@code
   * ok}), whatever the filters: the head's and officers' view of the body's deadlines.
   */
  public Map<String, Long> getSummary() {
    if (summary == null) {
      summary = new LinkedHashMap<>();
      if (!viewer.isBodyStaff()) {
        return summary;
      }
      RequestService.Deadlines deadlines = requests.deadlines();
      summary.put("overdue", deadlines.overdue());
      summary.put("soon", deadlines.soon());
      summary.put("ok", deadlines.ok());
    }
    return summary;
  }

  public List<Map.Entry<String, Long>> getSummaryEntries() {
    return List.copyOf(getSummary().entrySet());
  }

  /** Calendar days until the due date (negative once past). */
  public long daysLeft(RequestView request) {
    return ChronoUnit.DAYS.between(
        LocalDate.now(ZoneId.of("Africa/Casablanca")), request.dueDate());
  }

  /**
   * How pressing a request is: {@code overdue}, {@code soon} or {@code ok}; {@code closed} once its
   * procedure is over.
   */
  public String urgency(RequestView request) {
    if (RequestStatus.valueOf(request.status()).closed()) {
      return "closed";
    }
    if (request.overdue() || daysLeft(request) < 0) {
      return "overdue";
    }
    return daysLeft(request) <= RequestService.SOON_DAYS ? "soon" : "ok";
  }

  public List<String> getStatuses() {
    return List.of(
        "AWAITING_RESPONSE",
        "OVERDUE",
        "AWAITING_CLARIFICATION",
        "AWAITING_THIRD_PARTY",
        "AWAITING_REVIEW",
        "ANSWERED",
        "FORWARDED",
        "WITHDRAWN");
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
