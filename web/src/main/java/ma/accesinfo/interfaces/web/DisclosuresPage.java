package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.OpennessService;
import ma.accesinfo.application.OpennessService.DisclosurePage;
import ma.accesinfo.application.OpennessService.DisclosureView;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.domain.model.openness.DisclosureLog.Entry;

/**
 * The public disclosure log: search in Arabic or French, a page of answers at a time, and one
 * answer with its documents. Open to everyone; every address can be shared.
 */
@Named
@RequestScoped
public class DisclosuresPage {

  @Inject OpennessService openness;
  @Inject Ui ui;

  private String q;
  private String body;
  private String year;
  private String page;
  private Long id;
  private DisclosurePage found;
  private DisclosureView entry;
  private boolean missing;

  public DisclosurePage getFound() {
    if (found == null) {
      try {
        found = openness.disclosures(q, body, year, page);
      } catch (ApplicationFailure failure) {
        Texts.show(failure, ui);
        found =
            new DisclosurePage(java.util.List.of(), 0, false, 1, OpennessService.PAGE_SIZE, null);
      }
    }
    return found;
  }

  public DisclosureView getEntry() {
    if (entry == null && !missing && id != null) {
      try {
        entry = openness.findDisclosure(id);
      } catch (RecordNotFoundException e) {
        missing = true;
      }
    }
    return entry;
  }

  public boolean isMissing() {
    getEntry();
    return missing || id == null;
  }

  public boolean isHasNext() {
    DisclosurePage p = getFound();
    return (long) p.page() * p.pageSize() < p.total();
  }

  /** The address of another page of the same search. */
  public String pageLink(int number) {
    StringBuilder link = new StringBuilder("disclosures.xhtml?page=").append(number);
    append(link, "q", q);
    append(link, "body", body);
    append(link, "year", year);
    return link.toString();
  }

  public String bodyName(Entry e) {
    return "ar".equals(ui.getServiceLanguage()) ? e.bodyNameAr() : e.bodyNameFr();
  }

  private static void append(StringBuilder link, String name, String value) {
    if (value != null && !value.isBlank()) {
      link.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
