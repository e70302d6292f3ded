package ma.accesinfo.application;

import jakarta.ejb.Local;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.accesinfo.application.CalendarService.DeadlineView;

/** Filing and following information requests, as requesters and the body's staff do. */
@Local
public interface RequestService {

  /**
   * A citizen files a request online with a body. It is received at once: it gets its reference and
   * its due date, and its procedure starts.
   */
  RequestView fileRequest(NewRequest request);

  /** The request, for its requester or the staff of its body; not found for anyone else. */
  RequestView findRequest(String reference);

  /**
   * A citizen's own requests (newest first), or the requests of the bodies a staff member works for
   * (the running ones first: overdue, then the earliest due; then the closed ones, newest first);
   * of one status, and matching a search (part of the reference or the subject), when given.
   */
  List<RequestView> listRequests(String status, String search);

  /**
   * How pressing the running requests of the staff member's bodies are: overdue, due within {@link
   * #SOON_DAYS} days, later. Staff only.
   */
  Deadlines deadlines();

  /** Requests due within this many days are due soon. */
  int SOON_DAYS = 5;

  /** The longest search of {@link #listRequests}, in characters. */
  int SEARCH_LIMIT = 100;

  record Deadlines(long overdue, long soon, long ok) {}

  /** What happened to the request, in order. */
  List<EventView> events(String reference);

  /** How the request's deadline was computed: the days skipped and why. */
  ClockView clock(String reference);

  /** The requester answers the officer's question about the request. */
  RequestView answerClarification(String reference, ClarificationAnswer answer);

  /** The requester withdraws the request. */
  RequestView withdraw(String reference);

  record NewRequest(
      String bodyCode,
      String subject,
      String description,
      Boolean urgent,
      String urgencyReason,
      String deliveryMode,
      String language) {}

  record ClarificationAnswer(String answer) {}

  /**
   * A request as its requester or the body's staff see it. A decision that has not left the body
   * (awaiting legal review, say) is shown to the staff only.
   *
   * @param response the answer, once it has left the body
   * @param letter the decision letter, in the request's language, once it has left the body
   * @param complaintWindowEnds the last day to complain to the head of the body (Art. 19), once the
   *     request was answered or its period ended without an answer
   * @param openQuestion the officer's question the requester has yet to answer
   */
  record RequestView(
      String reference,
      String status,
      String resolution,
      boolean overdue,
      Instant receivedAt,
      LocalDate receivedOn,
      LocalDate firstDueDate,
      LocalDate dueDate,
      boolean extended,
      String extensionGround,
      String extensionExplanation,
      String bodyCode,
      String bodyNameAr,
      String bodyNameFr,
      String subject,
      String description,
      boolean urgent,
      String urgencyReason,
      boolean urgencyDeclined,
      String urgencyDeclineReason,
      String deliveryMode,
      String language,
      String channel,
      Requester requester,
      String refusalGround,
      List<String> exemptions,
      String publicJustification,
      String publishedReference,
      String withheldParts,
      String competentBodyCode,
      String forwardedTo,
      String forwardedFrom,
      String response,
      String letter,
      String reviewComment,
      String openQuestion,
      LocalDate complaintWindowEnds,
      Instant answeredAt) {}

  record Requester(String firstName, String lastName, String email) {}

  /**
   * @param actor who acted, as the viewer may know it: the e-mail of a member of staff for the
   *     body's staff, or the words {@code requester}, {@code body} or {@code system}
   * @param context the facts of the event
   */
  record EventView(Instant occurredAt, String type, String actor, JsonObject context) {}

  /**
   * The request's legal clock, for people to check.
   *
   * @param firstPeriod the reply period counted from receipt
   * @param extension the extension counted from the end of the first period, if granted
   */
  record ClockView(
      String reference,
      LocalDate receivedOn,
      boolean urgent,
      LocalDate dueDate,
      boolean overdue,
      DeadlineView firstPeriod,
      DeadlineView extension) {}
}
