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

  /** An administrator seals again under the current key everything under older keys. */
  ReEncryption reencrypt();

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

  record ReEncryption(String currentKey, int resealed, long remaining) {}

  record RetentionReport(
      Instant closedBefore, int requestsAnonymised, int messagesErased, int retentionDays) {}
}
