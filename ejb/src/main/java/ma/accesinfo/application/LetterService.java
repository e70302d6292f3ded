package ma.accesinfo.application;

import jakarta.ejb.Local;
import ma.accesinfo.application.DocumentService.DocumentContent;

/** The letters of the procedure as PDF, in the request's language (Arabic or French). */
@Local
public interface LetterService {

  /**
   * A letter of a request, for whoever may see the request: {@code RECEIPT} (the numbered receipt,
   * with the due date and a QR code opening the request's page), {@code EXTENSION} (the notice of
   * the extension, its grounds and the new due date), {@code CLARIFICATION} (the body's last
   * question and the day to answer by), {@code DECISION} (once the decision has left the body),
   * {@code HEAD_DECISION} (the head's decision on the complaint and the Commission's window) or
   * {@code RECOMMENDATION} (the Commission's recommendation and the court's window).
   */
  DocumentContent findLetter(String reference, String kind);
}
