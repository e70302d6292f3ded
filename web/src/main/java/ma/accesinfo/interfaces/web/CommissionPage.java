package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RedressService;
import ma.accesinfo.application.RedressService.AdmissibilityInput;
import ma.accesinfo.application.RedressService.AppealInput;
import ma.accesinfo.application.RedressService.CommissionComplaintView;
import ma.accesinfo.application.RedressService.ComplianceInput;
import ma.accesinfo.application.RedressService.ObservationRequestInput;
import ma.accesinfo.application.RedressService.ObservationsInput;
import ma.accesinfo.application.RedressService.RecommendationInput;

/**
 * The Commission's complaints (Art. 20-22): the list, and one complaint with its admissibility, the
 * request for the body's observations, the recommendation and the body's compliance. The service
 * checks that the caller is a member of the Commission (or, for what it may see, the requester or
 * the body's staff).
 */
@Named
@ViewScoped
public class CommissionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RedressService redress;
  @Inject Ui ui;

  private String status;
  private String reference;
  private CommissionComplaintView complaint;
  private boolean missing;
  private Boolean admissible;
  private String text;
  private String recommendation;
  private LocalDate date;
  private String compliance;
  private String documents;

  public void requireSignIn() {
    Pages.signInFirst();
  }

  public List<CommissionComplaintView> getAll() {
    return redress.listCommissionComplaints(status == null || status.isBlank() ? null : status);
  }

  public void load() {
    if (Pages.signInFirst()) {
      return;
    }
    try {
      complaint = redress.findCommissionComplaint(reference);
    } catch (RecordNotFoundException e) {
      missing = true;
    }
  }

  public void decideAdmissibility() {
    act(() -> redress.decideAdmissibility(reference, new AdmissibilityInput(admissible, text)));
  }

  public void requestObservations() {
    act(() -> redress.requestObservations(reference, new ObservationRequestInput(text, date)));
  }

  public void recommend() {
    act(() -> redress.recommend(reference, new RecommendationInput(recommendation, text, date)));
  }

  public void recordCompliance() {
    act(() -> redress.recordCompliance(reference, new ComplianceInput(compliance, text)));
  }

  /** The body answers the Commission's request for observations. */
  public void answerObservations() {
    act(() -> redress.answerObservations(reference, new ObservationsInput(text, documents)));
  }

  /** The requester or the body records an appeal to the administrative court (Art. 21). */
  public void recordAppeal() {
    act(() -> redress.recordAppeal(reference, new AppealInput(date, text)));
  }

  private void act(Runnable action) {
    if (Texts.attempt(action, "case.done", ui)) {
      complaint = redress.findCommissionComplaint(reference);
      text = null;
      date = null;
      documents = null;
    }
  }

  public List<String> getStatuses() {
    return List.of(
        "AWAITING_ADMISSIBILITY",
        "UNDER_INVESTIGATION",
        "AWAITING_OBSERVATIONS",
        "RECOMMENDED",
        "INADMISSIBLE");
  }

  public List<String> getRecommendations() {
    return List.of("DISCLOSE", "DISCLOSE_PARTIALLY", "UPHOLD_REFUSAL", "OTHER");
  }

  public CommissionComplaintView getComplaint() {
    return complaint;
  }

  public boolean isMissing() {
    return missing;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public Boolean getAdmissible() {
    return admissible;
  }

  public void setAdmissible(Boolean admissible) {
    this.admissible = admissible;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getRecommendation() {
    return recommendation;
  }

  public void setRecommendation(String recommendation) {
    this.recommendation = recommendation;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }

  public String getCompliance() {
    return compliance;
  }

  public void setCompliance(String compliance) {
    this.compliance = compliance;
  }
}
