package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import ma.accesinfo.application.RequestService.RequestView;

/** What a body's staff do with a request: take it in, work on it, decide, review. */
@Local
public interface CaseworkService {

  /**
   * An officer takes in a request received at the counter, by post or by e-mail, with its real
   * receipt date; the clock runs from that date, and the request gets its numbered receipt.
   */
  RequestView intake(String bodyCode, Intake intake);

  /** The officer finds that an urgent request is not urgent: the ordinary period applies. */
  RequestView declineUrgency(String reference, UrgencyDecline decline);

  /** The one extension of Art. 16, before the first period ends, on one of its grounds. */
  RequestView extend(String reference, Extension extension);

  /** The officer asks the requester to clarify the request. */
  RequestView askClarification(String reference, ClarificationQuestion question);

  /** The officer consults the third party who supplied the information (Art. 9). */
  RequestView consultThirdParty(String reference, Consultation consultation);

  /** The officer records the third party's answer. */
  RequestView recordThirdPartyAnswer(String reference, ConsultationAnswer answer);

  /** The officer records the decision; a refusal or partial grant then awaits legal review. */
  RequestView recordDecision(String reference, Decision decision);

  /** The body does not hold the information: the officer forwards the request. */
  RequestView forward(String reference, Forwarding forwarding);

  /** The body's legal reviewer approves a refusal or partial grant, or returns it. */
  RequestView review(String reference, Review review);

  record Intake(
      String channel,
      LocalDate receivedOn,
      String firstName,
      String lastName,
      String address,
      String nationalId,
      String residenceDocumentNumber,
      String email,
      String subject,
      String description,
      Boolean urgent,
      String urgencyReason,
      String deliveryMode,
      String language) {}

  record UrgencyDecline(String reason) {}

  record Extension(String ground, String explanation) {}

  record ClarificationQuestion(String question) {}

  record Consultation(String thirdParty, String contact, String question, LocalDate dueDate) {}

  record ConsultationAnswer(Boolean consents, String answer) {}

  record Decision(
      String resolution,
      String refusalGround,
      List<String> exemptions,
      String publicJustification,
      String publishedReference,
      String withheldParts,
      String message,
      String competentBodyCode,
      String unpublishedReason) {}

  record Forwarding(String bodyCode, String message) {}

  record Review(Boolean approved, String comment) {}
}
