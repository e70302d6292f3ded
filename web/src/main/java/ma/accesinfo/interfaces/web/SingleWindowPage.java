package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.BodyService;
import ma.accesinfo.application.BodyService.BodyView;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.SingleWindowService;
import ma.accesinfo.application.SingleWindowService.BodySuggestion;
import ma.accesinfo.application.SingleWindowService.Routing;
import ma.accesinfo.application.SingleWindowService.RoutingView;

/**
 * The single window's pages: a request filed there, for its requester; the central unit's queue,
 * where each request is sent to the competent body. The service checks who may do what.
 */
@Named
@ViewScoped
public class SingleWindowPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SingleWindowService singleWindow;
  @Inject BodyService bodies;
  @Inject Ui ui;

  private String reference;
  private boolean filed;
  private RoutingView routing;
  private boolean missing;
  private List<RoutingView> queue = List.of();
  private final Map<String, List<BodySuggestion>> suggestions = new HashMap<>();
  private final Map<String, String> targets = new HashMap<>();
  private final Map<String, String> notes = new HashMap<>();
  private List<BodyView> allBodies;

  /** One request filed to the single window. */
  public void load() {
    if (Pages.signInFirst()) {
      return;
    }
    try {
      routing = singleWindow.findRoutingRequest(reference);
    } catch (RecordNotFoundException e) {
      missing = true;
    }
  }

  /** The queue, with the bodies suggested for each request. */
  public void loadQueue() {
    if (Pages.signInFirst()) {
      return;
    }
    try {
      queue = singleWindow.listRoutingQueue();
      suggestions.clear();
      for (RoutingView r : queue) {
        List<BodySuggestion> found = singleWindow.suggestBodies(r.reference());
        suggestions.put(r.reference(), found);
        if (!found.isEmpty()) {
          targets.putIfAbsent(r.reference(), found.get(0).code());
        }
      }
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
    }
  }

  public void route(String requestReference) {
    String target = targets.get(requestReference);
    if (target != null
        && !target.isBlank()
        && getAllBodies().stream().noneMatch(b -> b.code().equals(target.strip()))) {
      // a name typed and not chosen from the list, or a code that is no body's
      Texts.error("routing.chooseFromList", ui);
      return;
    }
    if (Texts.attempt(
        () ->
            singleWindow.route(
                requestReference,
                new Routing(targets.get(requestReference), notes.get(requestReference))),
        "case.done",
        ui)) {
      loadQueue();
    }
  }

  public void withdraw() {
    if (Texts.attempt(() -> singleWindow.withdrawRoutingRequest(reference), "case.done", ui)) {
      load();
    }
  }

  /** The caller's own requests to the single window, for "my requests". */
  public List<RoutingView> getMine() {
    try {
      return singleWindow.listMyRoutingRequests();
    } catch (ApplicationFailure failure) {
      return List.of();
    }
  }

  /** The whole catalogue, for routing the requests waiting (none read while none wait). */
  public List<BodyView> getAllBodies() {
    if (allBodies == null && queue != null && !queue.isEmpty()) {
      boolean arabic = "ar".equals(ui.getServiceLanguage());
      allBodies =
          bodies.listCatalogue().stream()
              .sorted(java.util.Comparator.comparing(b -> arabic ? b.nameAr() : b.nameFr()))
              .toList();
    }
    return allBodies;
  }

  public String bodyName(String nameAr, String nameFr) {
    return "ar".equals(ui.getServiceLanguage()) ? nameAr : nameFr;
  }

  public Map<String, List<BodySuggestion>> getSuggestions() {
    return suggestions;
  }

  public Map<String, String> getTargets() {
    return targets;
  }

  public Map<String, String> getNotes() {
    return notes;
  }

  public List<RoutingView> getQueue() {
    return queue;
  }

  public RoutingView getRouting() {
    return routing;
  }

  public boolean isMissing() {
    return missing;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public boolean isFiled() {
    return filed;
  }

  public void setFiled(boolean filed) {
    this.filed = filed;
  }
}
