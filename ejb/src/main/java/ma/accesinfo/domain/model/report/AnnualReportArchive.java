package ma.accesinfo.domain.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The issues of annual reports: queued, in the making with their progress, issued with their files
 * (never changed afterwards), or failed.
 */
public interface AnnualReportArchive {

  /**
   * Queues a report of a scope and year.
   *
   * @param bodyId the body, or null for the national report
   * @return the issue's number, or empty when a report of that scope and year is already in the
   *     making
   */
  Optional<Long> queue(Long bodyId, int year, long requestedBy, Instant at);

  /** Records how far the making of an issue has gone. */
  void progress(long id, int percent, String step);

  /**
   * Keeps the files of an issue and marks it issued, in one transaction.
   *
   * @param coversUntil the last day the figures cover
   */
  void issue(long id, LocalDate coversUntil, List<NewFile> files, Instant at);

  /** Marks an issue failed, with a short reason for whoever asked for it. */
  void fail(long id, String reason, Instant at);

  /** The reason given for an issue whose making was cut short by a stop of its server. */
  String INTERRUPTED = "interrupted";

  /**
   * Marks as failed the issues left queued or in the making by a stop of this server (requested
   * before {@code at}), and those of any server whose making has not moved for half an hour: with
   * several servers on one database, those another server is making go on.
   */
  int failInterrupted(Instant at);

  Optional<Issue> find(long id);

  /**
   * The issues, newest first.
   *
   * @param year only that year's, when given
   * @param bodyId only that body's, when given; {@code nationalOnly} for the national ones
   */
  List<Issue> list(Integer year, Long bodyId, boolean nationalOnly);

  /** A file of an issued report, exactly as it was issued. */
  Optional<FileContent> file(long id, String name);

  /** A file to keep: its name, media type, language (null when it has none) and bytes. */
  record NewFile(String name, String mediaType, String language, byte[] content) {}

  record Issue(
      long id,
      int year,
      String bodyCode,
      String bodyNameAr,
      String bodyNameFr,
      String status,
      int progress,
      String step,
      String failure,
      long requestedBy,
      Instant requestedAt,
      Instant completedAt,
      LocalDate coversUntil,
      List<IssuedFile> files) {}

  /**
   * @param sha256 the SHA-256 of the content, in hexadecimal
   */
  record IssuedFile(String name, String mediaType, String language, long size, String sha256) {}

  record FileContent(String name, String mediaType, String sha256, byte[] content) {}
}
