package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.AnnualReportService;
import ma.accesinfo.application.DocumentService.DocumentContent;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.report.AnnualReportArchive;
import ma.accesinfo.domain.model.report.AnnualReportArchive.Issue;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultAnnualReportService implements AnnualReportService {

  private static final Pattern ID = Pattern.compile("^[1-9]\\d{0,17}$");
  private static final Pattern FILE_NAME = Pattern.compile("^[a-z0-9.-]{1,120}$");
  private static final String NATIONAL = "national";

  @Inject Callers callers;
  @Inject BodyLookup bodyLookup;
  @Inject AnnualReportArchive archive;
  @Inject AccessLaw law;
  @Inject Clock clock;
  @Inject Event<AnnualReportQueued> queued;

  @Override
  public ReportIssue issueAnnualReport(IssueRequest in) {
    Account caller = callers.require();
    InputCheck check = new InputCheck();
    int year = year(check, in.year(), true);
    Body body =
        in.body() == null || in.body().isBlank()
            ? null
            : bodyLookup.active(check, "body", in.body());
    check.done();
    boolean anyReport = caller.holds(Role.COMMISSION) || caller.holds(Role.ADMIN);
    boolean ownBody =
        body != null && (caller.holdsFor(Role.OFFICER, body) || caller.holdsFor(Role.HEAD, body));
    if (!anyReport && !ownBody) {
      throw new ActionNotAllowedException(
          body == null ? "nationalReportCommissionOnly" : "bodyReportStaffOnly");
    }
    Instant now = clock.instant();
    long id =
        archive
            .queue(body == null ? null : body.id(), year, caller.id(), now)
            .orElseThrow(() -> new StateConflictException("reportInProgress", year));
    // The making starts once this transaction has committed the queued issue
    queued.fire(new AnnualReportQueued(id));
    return view(archive.find(id).orElseThrow());
  }

  @Override
  public ReportIssue findAnnualReport(String id) {
    return view(issue(id));
  }

  @Override
  public List<ReportIssue> listAnnualReports(String year, String bodyCode) {
    InputCheck check = new InputCheck();
    Integer which = year == null || year.isBlank() ? null : year(check, year, false);
    boolean national = NATIONAL.equalsIgnoreCase(bodyCode == null ? "" : bodyCode.strip());
    Body body =
        bodyCode == null || bodyCode.isBlank() || national
            ? null
            : bodyLookup.active(check, "body", bodyCode);
    check.done();
    return archive.list(which, body == null ? null : body.id(), national).stream()
        .map(DefaultAnnualReportService::view)
        .toList();
  }

  @Override
  public DocumentContent findAnnualReportFile(String id, String name) {
    Issue issue = issue(id);
    String file = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (!FILE_NAME.matcher(file).matches()) {
      throw new RecordNotFoundException("reportFileNotFound", id, String.valueOf(name));
    }
    return archive
        .file(issue.id(), file)
        .map(f -> new DocumentContent(f.name(), f.mediaType(), f.content()))
        .orElseThrow(() -> new RecordNotFoundException("reportFileNotFound", id, file));
  }

  private Issue issue(String id) {
    String text = id == null ? "" : id.strip();
    if (!ID.matcher(text).matches()) {
      throw new RecordNotFoundException("reportNotFound", String.valueOf(id));
    }
    return archive
        .find(Long.parseLong(text))
        .orElseThrow(() -> new RecordNotFoundException("reportNotFound", text));
  }

  /** The year asked for: from the law's first year to the current one. */
  private int year(InputCheck check, String year, boolean required) {
    return Years.checked(check, year, required, law.dayOf(clock.instant()).getYear());
  }

  private static ReportIssue view(Issue issue) {
    return new ReportIssue(
        issue.id(),
        issue.year(),
        issue.bodyCode(),
        issue.bodyNameAr(),
        issue.bodyNameFr(),
        issue.status(),
        issue.progress(),
        issue.step(),
        issue.failure(),
        issue.requestedAt(),
        issue.completedAt(),
        issue.coversUntil(),
        issue.files().stream()
            .map(f -> new ReportFile(f.name(), f.mediaType(), f.language(), f.size(), f.sha256()))
            .toList());
  }
}
