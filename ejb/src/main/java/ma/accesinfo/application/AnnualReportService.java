package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.accesinfo.application.DocumentService.DocumentContent;

/**
 * Annual transparency reports (national, for the Commission, or for one body) in Arabic and French,
 * as PDF, XLSX and CSV. A report is made in the background; once issued it is public and kept
 * exactly as issued, each file with its SHA-256.
 */
@Local
public interface AnnualReportService {

  /**
   * Starts the making of a report. The Commission and administrators may issue any report; a body's
   * officers and head, their body's.
   *
   * @return the issue, queued; its progress is read with {@link #findAnnualReport}
   */
  ReportIssue issueAnnualReport(IssueRequest request);

  /** An issue, with its progress while it is made and its files once issued. */
  ReportIssue findAnnualReport(String id);

  /**
   * The issues, newest first, for anyone.
   *
   * @param bodyCode a body's reports; {@code national} for the national ones; all without it
   */
  List<ReportIssue> listAnnualReports(String year, String bodyCode);

  /** A file of an issued report, exactly as issued. */
  DocumentContent findAnnualReportFile(String id, String name);

  /**
   * @param body the body's code, or null (or empty) for the national report
   */
  record IssueRequest(String year, String body) {}

  /**
   * @param status {@code QUEUED}, {@code RUNNING}, {@code ISSUED} or {@code FAILED}
   * @param progress from 0 to 100
   * @param step what is being done while it runs
   * @param failure why it failed
   * @param coversUntil the last day its figures cover (before the end of the year, it is
   *     provisional)
   */
  record ReportIssue(
      long id,
      int year,
      String bodyCode,
      String bodyNameAr,
      String bodyNameFr,
      String status,
      int progress,
      String step,
      String failure,
      Instant requestedAt,
      Instant completedAt,
      LocalDate coversUntil,
      List<ReportFile> files) {}

  /**
   * @param language {@code ar} or {@code fr}; null for the CSV, which carries both
   * @param sha256 the file's SHA-256, in hexadecimal
   */
  record ReportFile(String name, String mediaType, String language, long size, String sha256) {}
}
