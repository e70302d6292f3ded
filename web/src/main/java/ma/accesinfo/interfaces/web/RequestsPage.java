package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.DocumentService;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RedressService;
import ma.accesinfo.application.RequestService;
import ma.accesinfo.application.RequestService.ClockView;
import ma.accesinfo.application.RequestService.EventView;
import ma.accesinfo.application.RequestService.RequestView;
import ma.accesinfo.application.SingleWindowService;

/**
 * A citizen's requests and one request's page: its status, the legal clock and how it was computed,
 * the answer, and the timeline. The service decides who sees what, as for the API.
 */
@Named
@ViewScoped
public class RequestsPage implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;
  @Inject RedressService redress;
  @Inject DocumentService documentService;
  @Inject SingleWindowService singleWindow;
  @Inject Ui ui;

  private String reference;
  private RequestView request;
  private List<DocumentService.DocumentView> documents = List.of();
  private SingleWindowService.RoutingView origin;
  private boolean missing;
  private boolean filed;
  private RedressService.HeadComplaintView complaint;
  private String grounds;
  private String answer;
  private boolean commissionSeized;

  public List<RequestView> getMine() {
    return requests.listRequests(null, null);
  }

  /** Loads the request named by the page's {@code ref} parameter. */
  public void load() {
    if (Pages.signInFirst()) {
      return;
    }
    try {
      request = requests.findRequest(reference);
      documents = documentService.listDocuments(reference);
      origin = singleWindow.findRoutingOrigin(reference);
      commissionSeized =
          redress.listCommissionComplaints(null).stream()
              .anyMatch(
                  c ->
                      c.requestReference().equals(reference) && !"INADMISSIBLE".equals(c.status()));
    } catch (RecordNotFoundException e) {
      missing = true;
    }
  }

  /** For pages that only make sense signed in: sends an anonymous visitor to sign in first. */
  public void requireSignIn() {
    Pages.signInFirst();
  }

  /** How the request reached its body, when it came through the single window. */
  public SingleWindowService.RoutingView getOrigin() {
    return origin;
  }

  /** The documents released with the decision, once it has left the body. */
  public List<DocumentService.DocumentView> getDocuments() {
    return documents;
  }

  public RequestView getRequest() {
    return request;
  }

  public boolean isMissing() {
    return missing;
  }

  public ClockView getClock() {
    return request == null ? null : requests.clock(request.reference());
  }

  public List<EventView> getEvents() {
    return request == null ? List.of() : requests.events(request.reference());
  }

  /** The complaint to the head about this request, if the requester made one. */
  public RedressService.HeadComplaintView getComplaint() {
    if (complaint == null && request != null) {
      complaint =
          redress.listHeadComplaints().stream()
              .filter(c -> c.requestReference().equals(request.reference()))
              .findFirst()
              .orElse(null);
    }
    return complaint;
  }

  /** Whether the law lets the requester complain to the head today (Art. 19). */
  public boolean isComplaintOpen() {
    return request != null
        && request.complaintWindowEnds() != null
        && !LocalDate.now(ZoneId.of("Africa/Casablanca")).isAfter(request.complaintWindowEnds())
        && getComplaint() == null;
  }

  public void complain() {
    try {
      RedressService.HeadComplaintView filed =
          redress.complainToHead(reference, new RedressService.ComplaintText(grounds));
      Pages.redirect("request.xhtml?ref=" + reference + "&complaint=" + filed.reference());
    } catch (ApplicationFailure failure) {
      load();
      Texts.show(failure, ui);
    }
  }

  /** Whether the law lets the requester complain to the Commission today (Art. 20-21). */
  public boolean isCommissionOpen() {
    RedressService.HeadComplaintView head = getComplaint();
    LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));
    return head != null
        && head.commissionWindowOpens() != null
        && !today.isBefore(head.commissionWindowOpens())
        && !today.isAfter(head.commissionWindowEnds())
        && !commissionSeized;
  }

  public void complainToCommission() {
    try {
      RedressService.CommissionComplaintView filed =
          redress.complainToCommission(reference, new RedressService.ComplaintText(grounds));
      Pages.redirect("request.xhtml?ref=" + reference + "&commission=" + filed.reference());
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
    }
  }

  /** Whether the requester may still withdraw the request. */
  public boolean isWithdrawable() {
    return request != null && !RequestStatusNames.CLOSED.contains(request.status());
  }

  public void answer() {
    try {
      requests.answerClarification(reference, new RequestService.ClarificationAnswer(answer));
      Pages.redirect("request.xhtml?ref=" + reference);
    } catch (ApplicationFailure failure) {
      load();
      Texts.show(failure, ui);
    }
  }

  public void withdraw() {
    try {
      requests.withdraw(reference);
      Pages.redirect("request.xhtml?ref=" + reference);
    } catch (ApplicationFailure failure) {
      load();
      Texts.show(failure, ui);
    }
  }

  /** The name of a status or event type in the visitor's language. */
  public String label(String prefix, String code) {
    return ui.text(prefix + "." + code);
  }

  public String bodyName(RequestView view) {
    return "ar".equals(ui.getServiceLanguage()) ? view.bodyNameAr() : view.bodyNameFr();
  }

  /** Whether the page shows the request just filed, as its receipt. */
  public boolean isFiled() {
    return filed;
  }

  public void setFiled(boolean filed) {
    this.filed = filed;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
