package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.BodyService;
import ma.accesinfo.application.BodyService.BodyView;

/** The public directory of bodies, searchable by name in Arabic or French, or by code. */
@Named
@RequestScoped
public class BodiesPage {

  @Inject BodyService bodies;
  @Inject Ui ui;

  private String query;
  private BodyService.Found found;

  /** Searches before the page is written, so that a refused search is told above it. */
  public void search() {
    getFound();
  }

  /** The bodies matching the search (accents and Arabic letter forms folded), at most a page. */
  public List<BodyView> getFound() {
    if (found == null) {
      try {
        found = bodies.findBodies(query);
      } catch (ApplicationFailure failure) {
        Texts.show(failure, ui);
        found = new BodyService.Found(List.of(), false);
      }
    }
    return found.bodies();
  }

  /** Whether more bodies match than the page lists: a national catalogue holds thousands. */
  public boolean isCut() {
    getFound();
    return found.more();
  }

  public String name(BodyView body) {
    return "ar".equals(ui.getServiceLanguage()) ? body.nameAr() : body.nameFr();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }
}
