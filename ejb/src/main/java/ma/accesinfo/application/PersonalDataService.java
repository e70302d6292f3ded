package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
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

  /** Purges the personal data of requests closed longer than the retention period. */
  RetentionReport applyRetention();

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

  record RetentionReport(
      Instant closedBefore, int requestsAnonymised, int messagesErased, int retentionDays) {}
}
