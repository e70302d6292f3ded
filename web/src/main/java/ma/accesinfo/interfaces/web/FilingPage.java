package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.BodyService;
import ma.accesinfo.application.BodyService.BodyView;
import ma.accesinfo.application.OpennessService;
import ma.accesinfo.application.RequestService;
import ma.accesinfo.application.RequestService.NewRequest;
import ma.accesinfo.application.SingleWindowService;
import ma.accesinfo.application.SingleWindowService.NewRoutingRequest;
import ma.accesinfo.domain.model.openness.DisclosureLog;

/**
 * Filing a request on the fields of the Commission's form, in two steps: the citizen fills it in,
 * reads it over as it will be sent, then sends it and gets the numbered receipt.
 */
@Named
@ViewScoped
public class FilingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;
  @Inject BodyService bodies;
  @Inject OpennessService openness;
  @Inject SingleWindowService singleWindow;

  /** The choice of someone who does not know which body holds the information. */
  static final String SINGLE_WINDOW = "single-window";

  @Inject Ui ui;

  private String bodyCode;
  private String subject;
  private String description;
  private boolean urgent;
  private String urgencyReason;
  private String deliveryMode = "EMAIL";
  private String language;
  private boolean reviewing;
  private List<BodyView> choices;
  private String bodyQuery;
  private int matching;
  private boolean more;
  private boolean searched;
  private List<DisclosureLog.Entry> suggestions = List.of();

  /**
   * Finds the bodies to choose from, those matching the visitor's search if any (from the {@code q}
   * parameter): a national catalogue holds more bodies than a list can show. A search that finds
   * one body chooses it.
   */
  public void findBodies() {
    boolean arabic = "ar".equals(ui.getServiceLanguage());
    String text = bodyQuery == null || bodyQuery.isBlank() ? null : bodyQuery.strip();
    BodyService.Found search;
    try {
      search = bodies.findBodies(text);
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
      text = null;
      search = bodies.findBodies(null);
    }
    List<BodyView> found = new java.util.ArrayList<>(search.bodies());
    matching = found.size();
    more = search.more();
    searched = text != null;
    if (searched && found.size() == 1 && bodyCode == null) {
      bodyCode = found.get(0).code();
    }
    if (bodyCode != null
        && !SINGLE_WINDOW.equals(bodyCode)
        && found.stream().noneMatch(b -> b.code().equals(bodyCode))) {
      // the body chosen in the directory, wherever it is in the catalogue
      Optional<BodyView> chosen = bodies.findBody(bodyCode);
      if (chosen.isPresent()) {
        found.add(0, chosen.get());
      }
    }
    choices =
        found.stream()
            .distinct()
            .sorted(Comparator.comparing(b -> arabic ? b.nameAr() : b.nameFr()))
            .toList();
  }

  /** Whether the list shows only part of what there is to choose from: a search narrows it. */
  public boolean isBodiesCut() {
    getBodies();
    return more;
  }

  /** Whether the visitor's search found no body. */
  public boolean isNoBodyFound() {
    getBodies();
    return searched && matching == 0;
  }

  public String getBodyQuery() {
    return bodyQuery;
  }

  public void setBodyQuery(String bodyQuery) {
    this.bodyQuery = bodyQuery;
  }

  /** The bodies to choose from, by name in the visitor's language. */
  public List<BodyView> getBodies() {
    if (choices == null) {
      findBodies();
    }
    return choices;
  }

  public String bodyName(BodyView body) {
    return "ar".equals(ui.getServiceLanguage()) ? body.nameAr() : body.nameFr();
  }

  public String getBodyName() {
    if (SINGLE_WINDOW.equals(bodyCode)) {
      return ui.text("file.singleWindow");
    }
    return getBodies().stream()
        .filter(b -> b.code().equals(bodyCode))
        .map(this::bodyName)
        .findFirst()
        .orElse("");
  }

  /**
   * Step one to two: the citizen reads the request over before sending it, beside what is already
   * published that may answer it.
   */
  public void review() {
    reviewing = true;
    try {
      suggestions = openness.suggestions(subject + " " + (description == null ? "" : description));
    } catch (ApplicationFailure failure) {
      suggestions = List.of();
    }
  }

  /** Released answers that share the request's words, best first. */
  public List<DisclosureLog.Entry> getSuggestions() {
    return suggestions;
  }

  /** Back to step one, with everything as it was. */
  public void edit() {
    reviewing = false;
  }

  public void submit() {
    try {
      if (SINGLE_WINDOW.equals(bodyCode)) {
        String reference =
            singleWindow
                .fileToSingleWindow(
                    new NewRoutingRequest(
                        subject,
                        description,
                        urgent,
                        urgent ? urgencyReason : null,
                        deliveryMode,
                        language == null ? ui.getServiceLanguage() : language))
                .reference();
        Pages.redirect("routing-request.xhtml?ref=" + reference + "&filed=true");
        return;
      }
      String reference =
          requests
              .fileRequest(
                  new NewRequest(
                      bodyCode,
                      subject,
                      description,
                      urgent,
                      urgent ? urgencyReason : null,
                      deliveryMode,
                      language == null ? ui.getServiceLanguage() : language))
              .reference();
      Pages.redirect("request.xhtml?ref=" + reference + "&filed=true");
    } catch (ApplicationFailure failure) {
      reviewing = false;
      Texts.show(failure, ui);
    }
  }

  public List<String> getDeliveryModes() {
    return List.of("EMAIL", "PORTAL", "POST", "ON_SITE");
  }

  public boolean isReviewing() {
    return reviewing;
  }

  public String getBodyCode() {
    return bodyCode;
  }

  public void setBodyCode(String bodyCode) {
    this.bodyCode = bodyCode;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public void setUrgent(boolean urgent) {
    this.urgent = urgent;
  }

  public String getUrgencyReason() {
    return urgencyReason;
  }

  public void setUrgencyReason(String urgencyReason) {
    this.urgencyReason = urgencyReason;
  }

  public String getDeliveryMode() {
    return deliveryMode;
  }

  public void setDeliveryMode(String deliveryMode) {
    this.deliveryMode = deliveryMode;
  }

  public String getLanguage() {
    return language == null ? ui.getServiceLanguage() : language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
