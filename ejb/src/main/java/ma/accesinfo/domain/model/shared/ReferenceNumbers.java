package ma.accesinfo.domain.model.shared;

/**
 * Hands out the human-readable references of requests, complaints and Commission receipts: one
 * numbering per series and year, such as {@code DI-2026-000042}. Numbers are unique and grow. The
 * registers of complaints ({@link #HEAD_COMPLAINT}, {@link #COMMISSION_COMPLAINT}) follow each
 * other without gaps: a complaint that rolls back gives its number back. Requests ({@link
 * #REQUEST}, {@link #SINGLE_WINDOW}) are numbered without making one filing wait for another: a
 * filing that fails after being numbered leaves a gap.
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
