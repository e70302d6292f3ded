package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ma.accesinfo.application.AccountService;
import ma.accesinfo.application.AccountService.RoleGrant;
import ma.accesinfo.application.AccountService.StaffAccount;
import ma.accesinfo.application.AuditService;
import ma.accesinfo.application.AuditService.ChainVerification;
import ma.accesinfo.application.BodyService;
import ma.accesinfo.application.BodyService.NewBody;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.application.PersonalDataService.RetentionRecord;
import ma.accesinfo.application.PersonalDataService.RetentionRun;

/**
 * The administrator's page: add a body to the directory, and open a staff account with its role
 * (for a body, for the Commission, or as administrator); see the night's work (the retention
 * period's runs, the last check of the audit trail's chain) and start either now. The services
 * check the caller is one.
 */
@Named
@ViewScoped
public class AdministrationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BodyService bodies;
  @Inject AccountService accounts;
  @Inject PersonalDataService personalData;
  @Inject AuditService audit;
  @Inject Ui ui;
  @Inject Viewer viewer;

  private RetentionRun retention;
  private List<RetentionRecord> retentionRuns = List.of();
  private ChainVerification chain;

  private String bodyCode;
  private String bodyKind = "MINISTRY";
  private String nameAr;
  private String nameFr;
  private String staffEmail;
  private String staffPassword;
  private String staffFirstName;
  private String staffLastName;
  private String staffRole = "OFFICER";
  private String staffBody;

  public void load() {
    if (!Pages.signInFirst() && viewer.holds("ADMIN")) {
      refresh();
    }
  }

  private void refresh() {
    retention = personalData.currentRetention();
    retentionRuns = personalData.listRetentionRuns();
    chain = audit.currentVerification();
  }

  /** Starts applying the retention period now, in the background. */
  public void applyRetention() {
    if (Texts.attempt(personalData::startRetention, "admin.started", ui)) {
      refresh();
    }
  }

  /** Starts a check of the audit trail's chain now, in the background. */
  public void checkChain() {
    if (Texts.attempt(audit::startVerification, "admin.started", ui)) {
      refresh();
    }
  }

  /** This server's current or last run of the retention period (null before the page loads). */
  public RetentionRun getRetention() {
    return retention;
  }

  /** The runs of the retention period on record, the latest first. */
  public List<RetentionRecord> getRetentionRuns() {
    return retentionRuns;
  }

  /** This server's current or last check of the chain (null before the page loads). */
  public ChainVerification getChain() {
    return chain;
  }

  /** Whether the last check ended finding the chain intact. */
  public boolean isChainIntact() {
    return chain != null && Boolean.TRUE.equals(chain.intact());
  }

  /** Whether the last check ended finding the chain broken. */
  public boolean isChainBroken() {
    return chain != null && Boolean.FALSE.equals(chain.intact());
  }

  public void addBody() {
    act(() -> bodies.createBody(new NewBody(bodyCode, bodyKind, nameAr, nameFr, null)));
  }

  public void addStaff() {
    act(
        () ->
            accounts.createStaffAccount(
                new StaffAccount(
                    staffEmail,
                    staffPassword,
                    staffFirstName,
                    staffLastName,
                    ui.getServiceLanguage(),
                    List.of(
                        new RoleGrant(
                            staffRole,
                            List.of("OFFICER", "HEAD", "LEGAL_REVIEWER").contains(staffRole)
                                ? staffBody
                                : null)))));
  }

  private void act(Runnable action) {
    Texts.attempt(action, "case.done", ui);
  }

  public List<String> getKinds() {
    return List.of(
        "MINISTRY",
        "PARLIAMENT",
        "PUBLIC_ADMINISTRATION",
        "COURT",
        "REGION",
        "PREFECTURE_PROVINCE",
        "COMMUNE",
        "PUBLIC_ESTABLISHMENT",
        "PUBLIC_SERVICE_MISSION",
        "CONSTITUTIONAL_INSTITUTION");
  }

  public List<String> getRoles() {
    return List.of("OFFICER", "HEAD", "LEGAL_REVIEWER", "COMMISSION", "ROUTING_OFFICER", "ADMIN");
  }

  public String getBodyCode() {
    return bodyCode;
  }

  public void setBodyCode(String bodyCode) {
    this.bodyCode = bodyCode;
  }

  public String getBodyKind() {
    return bodyKind;
  }

  public void setBodyKind(String bodyKind) {
    this.bodyKind = bodyKind;
  }

  public String getNameAr() {
    return nameAr;
  }

  public void setNameAr(String nameAr) {
    this.nameAr = nameAr;
  }

  public String getNameFr() {
    return nameFr;
  }

  public void setNameFr(String nameFr) {
    this.nameFr = nameFr;
  }

  public String getStaffEmail() {
    return staffEmail;
  }

  public void setStaffEmail(String staffEmail) {
    this.staffEmail = staffEmail;
  }

  public String getStaffPassword() {
    return staffPassword;
  }

  public void setStaffPassword(String staffPassword) {
    this.staffPassword = staffPassword;
  }

  public String getStaffFirstName() {
    return staffFirstName;
  }

  public void setStaffFirstName(String staffFirstName) {
    this.staffFirstName = staffFirstName;
  }

  public String getStaffLastName() {
    return staffLastName;
  }

  public void setStaffLastName(String staffLastName) {
    this.staffLastName = staffLastName;
  }

  public String getStaffRole() {
    return staffRole;
  }

  public void setStaffRole(String staffRole) {
    this.staffRole = staffRole;
  }

  public String getStaffBody() {
    return staffBody;
  }

  public void setStaffBody(String staffBody) {
    this.staffBody = staffBody;
  }
}
