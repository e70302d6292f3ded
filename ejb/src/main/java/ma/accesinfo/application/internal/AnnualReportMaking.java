package ma.accesinfo.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.body.BodyRepository;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.report.AnnualReportArchive;
import ma.accesinfo.domain.model.report.AnnualReportArchive.Issue;
import ma.accesinfo.domain.model.report.AnnualReportArchive.NewFile;
import ma.accesinfo.domain.model.shared.Language;
import ma.accesinfo.domain.model.statistics.Statistics;
import ma.accesinfo.domain.model.statistics.Statistics.Annual;
import ma.accesinfo.reports.TableReport;
import ma.accesinfo.reports.TableReports;

/**
 * Makes annual reports in the background, outside any transaction, recording its progress as it
 * goes: the year's figures, the previous year's, then each file. At start, issues left unfinished
 * by a stop of the server are marked failed, to be issued again.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnnualReportMaking {

  static final String FAILED = "failed";

  private static final Logger LOG = Logger.getLogger(AnnualReportMaking.class.getName());

  @Inject AnnualReportArchive archive;
  @Inject Statistics statistics;
  @Inject BodyRepository bodies;
  @Inject AccessLaw law;
  @Inject Clock clock;
  @EJB AnnualReportMaking self;

  @PostConstruct
  void recover() {
    int failed = archive.failInterrupted(clock.instant());
    if (failed > 0) {
      LOG.info(failed + " annual reports left unfinished by a stop are marked failed");
    }
  }

  /** Starts the making once the issue is committed (never for a transaction rolled back). */
  public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) AnnualReportQueued event) {
    self.make(event.id());
  }

  @Asynchronous
  public void make(long id) {
    try {
      Issue issue = archive.find(id).orElseThrow();
      archive.progress(id, 5, "figures");
      Long bodyId =
          issue.bodyCode() == null ? null : bodies.findByCode(issue.bodyCode()).orElseThrow().id();
      LocalDate today = law.dayOf(clock.instant());
      AnnualReportWriter.Input input =
          input(
              statistics,
              id,
              issue.year(),
              bodyId,
              issue.bodyNameAr(),
              issue.bodyNameFr(),
              today,
              () -> archive.progress(id, 35, "previousYear"));
      String base =
          "annual-report-"
              + issue.year()
              + "-"
              + (issue.bodyCode() == null ? "national" : issue.bodyCode().toLowerCase(Locale.ROOT));
      List<NewFile> files =
          files(input, base, law, (percent, step) -> archive.progress(id, percent, step));
      archive.issue(id, input.until(), files, clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Annual report " + id + " could not be made", e);
      archive.fail(id, FAILED, clock.instant());
    }
  }

  /**
   * The figures a report is written from: the year's, up to today while it runs, and the year
   * before's.
   *
   * @param bodyId null for the national report
   * @param halfway called once the year's figures are in
   */
  static AnnualReportWriter.Input input(
      Statistics statistics,
      long id,
      int year,
      Long bodyId,
      String bodyNameAr,
      String bodyNameFr,
      LocalDate today,
      Runnable halfway) {
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    LocalDate until = today.isBefore(yearEnd) ? today : yearEnd;
    Annual current = statistics.annual(year, bodyId, until);
    halfway.run();
    Annual previous = statistics.annual(year - 1, bodyId, LocalDate.of(year - 1, 12, 31));
    return new AnnualReportWriter.Input(
        id,
        year,
        bodyNameAr,
        bodyNameFr,
        until,
        today,
        current.figures(),
        current.details(),
        previous.figures(),
        previous.details());
  }

  /** Where the making of a report has got to. */
  @FunctionalInterface
  interface Progress {
    void at(int percent, String step);
  }

  /**
   * The files of a report: PDF and XLSX in Arabic and in French, and the CSV with both languages'
   * labels.
   *
   * @param base the files' name, before the language and extension
   */
  static List<NewFile> files(
      AnnualReportWriter.Input input, String base, AccessLaw law, Progress progress) {
    List<TableReport> editions = new ArrayList<>();
    List<NewFile> files = new ArrayList<>();
    int percent = 55;
    for (Language language : List.of(Language.AR, Language.FR)) {
      String code = language.name().toLowerCase(Locale.ROOT);
      progress.at(percent, "pdf-" + code);
      TableReport edition = AnnualReportWriter.write(input, language, law);
      editions.add(edition);
      files.add(
          new NewFile(
              base + "-" + code + ".pdf", "application/pdf", code, TableReports.pdf(edition)));
      progress.at(percent + 10, "xlsx-" + code);
      files.add(
          new NewFile(
              base + "-" + code + ".xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              code,
              TableReports.xlsx(edition)));
      percent += 20;
    }
    progress.at(95, "csv");
    files.add(
        new NewFile(base + ".csv", "text/csv; charset=UTF-8", null, TableReports.csv(editions)));
    return files;
  }
}
