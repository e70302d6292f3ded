package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import ma.accesinfo.application.AnnualReportService;
import ma.accesinfo.application.AnnualReportService.IssueRequest;
import ma.accesinfo.application.AnnualReportService.ReportIssue;
import ma.accesinfo.application.ApplicationFailure;

/**
 * The annual transparency reports: anyone lists and downloads the issued ones; the Commission and a
 * body's staff issue one and follow its making, the page refreshing itself until it is done.
 */
@Named
@RequestScoped
public class AnnualReportsPage {

  @Inject AnnualReportService reports;
  @Inject Viewer viewer;
  @Inject Ui ui;

  private String id;
  private String year;
  private String body;
  private ReportIssue issue;
  private List<ReportIssue> issues;
  private boolean loaded;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      if (id != null && !id.isBlank()) {
        issue = reports.findAnnualReport(id);
      }
      issues = reports.listAnnualReports(year, body);
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
      issues = List.of();
    }
  }

  public void issue() {
    try {
      ReportIssue queued = reports.issueAnnualReport(new IssueRequest(year, body));
      Pages.redirect("annual-reports.xhtml?id=" + queued.id());
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
    }
  }

  /** Whether the viewer may issue some report (the service checks which). */
  public boolean isIssuer() {
    return viewer.holds("COMMISSION")
        || viewer.holds("ADMIN")
        || viewer.holds("OFFICER")
        || viewer.holds("HEAD");
  }

  /** Whether the report shown is still being made, so that the page refreshes itself. */
  public boolean isMaking() {
    return issue != null && ("QUEUED".equals(issue.status()) || "RUNNING".equals(issue.status()));
  }

  public String scope(ReportIssue report) {
    if (report.bodyCode() == null) {
      return ui.text("reports.national");
    }
    return "ar".equals(ui.getServiceLanguage()) ? report.bodyNameAr() : report.bodyNameFr();
  }

  /** A file's size in kilobytes. */
  public String size(long bytes) {
    return String.format(Locale.ROOT, "%.0f", Math.ceil(bytes / 1024.0));
  }

  public ReportIssue getIssue() {
    return issue;
  }

  public List<ReportIssue> getIssues() {
    return issues == null ? List.of() : issues;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
