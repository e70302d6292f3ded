package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.OpennessService;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.openness.RefusalRegister.Entry;

/** The public register of refusals, with its filters; open to everyone, without sign-in. */
@Named
@RequestScoped
public class RegisterPage {

  @Inject OpennessService openness;
  @Inject Ui ui;

  private String body;
  private String exemption;
  private String year;
  private List<Entry> entries;

  public List<Entry> getEntries() {
    if (entries == null) {
      try {
        entries = openness.refusals(body, exemption, year, null);
      } catch (ApplicationFailure failure) {
        Texts.show(failure, ui);
        entries = List.of();
      }
    }
    return entries;
  }

  public List<String> getExemptionCodes() {
    return AccessLaw.LAW_31_13.exemptions().stream().map(AccessLaw.Exemption::code).toList();
  }

  public String bodyName(Entry entry) {
    return "ar".equals(ui.getServiceLanguage()) ? entry.bodyNameAr() : entry.bodyNameFr();
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getExemption() {
    return exemption;
  }

  public void setExemption(String exemption) {
    this.exemption = exemption;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }
}
