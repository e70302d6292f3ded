package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.BodyService;
import ma.accesinfo.application.PublicationService;
import ma.accesinfo.application.PublicationService.Declaration;
import ma.accesinfo.application.PublicationService.PublicationItem;

/**
 * A body's record of proactive publication under Art. 10, open to everyone; its officers and head
 * update each category on the same page (the service checks that they may).
 */
@Named
@ViewScoped
public class PublicationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PublicationService publications;
  @Inject BodyService bodies;
  @Inject Ui ui;

  private String body;
  private List<PublicationItem> items = List.of();
  private String bodyName;
  private final Map<String, Draft> drafts = new HashMap<>();

  public void load() {
    try {
      items = publications.findPublicationRecord(body);
      bodyName =
          bodies
              .findBody(body)
              .map(b -> "ar".equals(ui.getServiceLanguage()) ? b.nameAr() : b.nameFr())
              .orElse(body);
      drafts.clear();
      for (PublicationItem item : items) {
        Draft draft = new Draft();
        draft.status = "NOT_DECLARED".equals(item.status()) ? "PUBLISHED" : item.status();
        draft.url = item.url();
        draft.lastUpdated = item.lastUpdated();
        draft.note = item.note();
        drafts.put(item.category(), draft);
      }
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
      items = List.of();
    }
  }

  public void declare(String category) {
    Draft d = drafts.get(category);
    if (Texts.attempt(
        () ->
            publications.declarePublication(
                body, category, new Declaration(d.status, d.url, d.lastUpdated, d.note)),
        "case.done",
        ui)) {
      load();
    }
  }

  public long getPublished() {
    return items.stream().filter(i -> "PUBLISHED".equals(i.status())).count();
  }

  public long getApplicable() {
    return items.stream().filter(i -> !"NOT_APPLICABLE".equals(i.status())).count();
  }

  public List<String> getStatuses() {
    return List.of("PUBLISHED", "NOT_PUBLISHED", "NOT_APPLICABLE");
  }

  public List<PublicationItem> getItems() {
    return items;
  }

  public Map<String, Draft> getDrafts() {
    return drafts;
  }

  public String getBodyName() {
    return bodyName;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  /** What an officer is writing for one category, until saved. */
  public static class Draft implements Serializable {
    private static final long serialVersionUID = 1L;
    private String status;
    private String url;
    private LocalDate lastUpdated;
    private String note;

    public String getStatus() {
      return status;
    }

    public void setStatus(String status) {
      this.status = status;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public LocalDate getLastUpdated() {
      return lastUpdated;
    }

    public void setLastUpdated(LocalDate lastUpdated) {
      this.lastUpdated = lastUpdated;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }
}
