package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Personal data under Law 09-08: who may open a requester's identity and address (and the record
 * that they did), the person's own rights of access, rectification and closure, and the
 * administrator's key rotation and retention.
 */
@Local
public interface PersonalDataService {

  /**
   * The requester's identity, address and e-mail, for the staff handling the request (the
   * Commission's members for a request complained of) and for the requester; each opening is
   * recorded with its purpose.
   */
  RequesterData requesterOf(String reference, String purpose, String note);

  /** Everything held about the signed-in person, and who opened it (right of access). */
  PersonalDataReport myData();

  /**
   * The signed-in person corrects their details (right of rectification); the copies on their
   * requests are corrected too.
   */
  PersonalDataReport correctMyData(Correction correction);

  /**
   * The signed-in citizen closes their account: it no longer signs in and no longer names them.
   * Refused while one of their requests is still open, so that nothing in progress is lost.
   */
  void closeMyAccount(Closure closure);

  /**
   * An administrator starts sealing again, in the background, everything not under the current key
   * (the first of the configured keys); if this server is already doing so, that run goes on.
   * Answers where it stands.
   */
  ReEncryption reencrypt();

  /** Where this server's sealing again stands, for an administrator following it. */
  ReEncryption currentReEncryption();

  /**
   * An administrator starts removing, in the background, the personal data of requests closed
   * longer than the retention period; if this server is already doing so, that run goes on. Answers
   * where it stands.
   */
  RetentionRun startRetention();

  /**
   * The run of a night (named by its day in Casablanca), with nobody signed in: started on the one
   * server that claims the night (true), passed by the others (false). Refused to a signed-in
   * caller.
   */
  boolean startNightlyRetention(LocalDate night);

  /** Where this server's run of the retention period stands, for an administrator following it. */
  RetentionRun currentRetention();

  /** The runs of the retention period on record, on every server, the latest first. */
  List<RetentionRecord> listRetentionRuns();

  record RequesterData(
      String reference,
      String firstName,
      String lastName,
      String email,
      String address,
      String nationalId,
      String residenceDocumentNumber,
      boolean purged) {}

  record AccountData(
      String email,
      String firstName,
      String lastName,
      String nationalId,
      String residenceDocumentNumber,
      String address,
      String preferredLanguage,
      boolean secondFactor,
      Instant createdAt) {}

  record ViewRecord(
      Instant viewedAt, String reference, String viewerRole, String viewerBody, String purpose) {}

  record PersonalDataReport(
      AccountData account, List<RequesterData> requests, List<ViewRecord> views) {}

  record Correction(
      String firstName,
      String lastName,
      String nationalId,
      String residenceDocumentNumber,
      String address,
      String preferredLanguage) {}

  record Closure(String password) {}

  /**
   * Sealing again under {@code currentKey}: the last run on this server ({@code running}, or ended
   * at {@code endedAt}, {@code failed} or not; no dates when none ran since the server started),
   * how many rows it sealed again, and how many rows still hold a value under another key, on every
   * server.
   */
  record ReEncryption(
      String currentKey,
      boolean running,
      Instant startedAt,
      Instant endedAt,
      boolean failed,
      long resealed,
      long remaining) {}

  /**
   * The last run of the retention period on this server ({@code running}, or ended at {@code
   * endedAt}, {@code failed} or not; no dates when none ran since the server started): the period
   * it applies (requests closed before {@code closedBefore}) and what it has done so far.
   */
  record RetentionRun(
      boolean running,
      Instant startedAt,
      Instant endedAt,
      boolean failed,
      Instant closedBefore,
      int retentionDays,
      long requestsAnonymised,
      long messagesErased) {}

  /** A run that ended, and who started it (null: the nightly schedule). */
  record RetentionRecord(
      Instant ranAt,
      Instant closedBefore,
      int requestsAnonymised,
      int messagesErased,
      String startedBy) {}
}
