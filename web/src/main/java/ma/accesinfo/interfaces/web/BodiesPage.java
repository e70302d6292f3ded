package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.accesinfo.application.BodyService;
import ma.accesinfo.application.BodyService.BodyView;

/** The public directory of bodies, searchable by name in Arabic or French, or by code. */
@Named
@RequestScoped
public class BodiesPage {

  @Inject BodyService bodies;
  @Inject Ui ui;

  private String query;

  public List<BodyView> getFound() {
    return bodies.searchBodies(query);
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
