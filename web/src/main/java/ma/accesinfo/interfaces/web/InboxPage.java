package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.accesinfo.application.RequestService;
import ma.accesinfo.application.RequestService.RequestView;

/**
 * The officers' inbox: their bodies' requests, overdue first, then by due date, with the time left
 * told in words and colour, a status filter and a search by reference or subject.
 */
@Named
@RequestScoped
public class InboxPage {

  /** Requests due within this many days are flagged as due soon. */
  static final int SOON_DAYS = 5;

  private static final java.util.Set<String> CLOSED =
      java.util.Set.of("ANSWERED", "FORWARDED", "WITHDRAWN");

  @Inject RequestService requests;

  private String status;
  private String query;
  private List<RequestView> rows;
  private Map<String, Long> summary;

  public void load() {
    Pages.signInFirst();
  }

  public List<RequestView> getRows() {
    if (rows == null) {
      String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
      // A list the table may sort in place
      rows =
          new ArrayList<>(
              requests.listRequests(status == null || status.isBlank() ? null : status).stream()
                  .filter(
                      r ->
                          needle.isEmpty()
                              || r.reference().toLowerCase(Locale.ROOT).contains(needle)
                              || r.subject().toLowerCase(Locale.ROOT).contains(needle))
                  .sorted(
                      Comparator.comparing((RequestView r) -> !r.overdue())
                          .thenComparing(RequestView::dueDate))
                  .toList());
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
      for (String urgency : List.of("overdue", "soon", "ok")) {
        summary.put(urgency, 0L);
      }
      for (RequestView request : requests.listRequests(null)) {
        if (!CLOSED.contains(request.status())) {
          summary.merge(urgency(request), 1L, Long::sum);
        }
      }
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

  /** How pressing a request is: {@code overdue}, {@code soon} or {@code ok}. */
  public String urgency(RequestView request) {
    if (request.overdue() || daysLeft(request) < 0) {
      return "overdue";
    }
    return daysLeft(request) <= SOON_DAYS ? "soon" : "ok";
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
