package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RedressService;
import ma.accesinfo.application.RedressService.HeadComplaintView;
import ma.accesinfo.application.RedressService.HeadDecisionInput;

/**
 * Complaints to the head of a body (Art. 19-20): the list the head (and the body's staff) see, and
 * one complaint with the head's decision. The service checks who may decide.
 */
@Named
@ViewScoped
public class ComplaintsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RedressService redress;
  @Inject Ui ui;

  private String reference;
  private HeadComplaintView complaint;
  private boolean missing;
  private String decision;
  private String reasons;
  private LocalDate releaseDueDate;

  public void requireSignIn() {
    Pages.signInFirst();
  }

  public List<HeadComplaintView> getAll() {
    return redress.listHeadComplaints();
  }

  public void load() {
    if (Pages.signInFirst()) {
      return;
    }
    try {
      complaint = redress.findHeadComplaint(reference);
    } catch (RecordNotFoundException e) {
      missing = true;
    }
  }

  public void decide() {
    try {
      complaint =
          redress.decideHeadComplaint(
              reference, new HeadDecisionInput(decision, reasons, releaseDueDate));
      Pages.redirect("complaint.xhtml?ref=" + reference);
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
    }
  }

  public HeadComplaintView getComplaint() {
    return complaint;
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

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getReasons() {
    return reasons;
  }

  public void setReasons(String reasons) {
    this.reasons = reasons;
  }

  public LocalDate getReleaseDueDate() {
    return releaseDueDate;
  }

  public void setReleaseDueDate(LocalDate releaseDueDate) {
    this.releaseDueDate = releaseDueDate;
  }
}
