package ma.accesinfo.domain.model.shared;

/**
 * Hands out the human-readable references of requests, complaints and Commission receipts: one
 * numbering per series and year, such as {@code DI-2026-000042}. Numbers follow each other without
 * gaps: a filing that rolls back gives its number back.
 */
public interface ReferenceNumbers {

  /** Requests for information. */
  String REQUEST = "DI";

  /** Complaints to the head of a body (Art. 19). */
  String HEAD_COMPLAINT = "RC";

  /** Complaints to the Commission (Art. 20), its sequence-numbered receipts. */
  String COMMISSION_COMPLAINT = "CDAI";

  /** Requests filed to the single window, before they reach the competent body. */
  String SINGLE_WINDOW = "GU";

  String next(String series, int year);
}
