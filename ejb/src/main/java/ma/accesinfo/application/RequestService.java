package ma.accesinfo.application;

import jakarta.ejb.Local;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Filing, following and answering information requests. */
@Local
public interface RequestService {

  /**
   * A citizen files a request online with a body. It is received at once: it gets its reference and
   * its due date, and its procedure starts.
   */
  RequestView fileRequest(NewRequest request);

  /** The request, for its requester or the staff of its body; not found for anyone else. */
  RequestView findRequest(String reference);

  /** A citizen's own requests, or the requests of the bodies a staff member works for. */
  List<RequestView> listRequests(String status);

  /** An officer of the body records the decision on a request. */
  RequestView recordDecision(String reference, Decision decision);

  /** What happened to the request, in order. */
  List<EventView> events(String reference);

  record NewRequest(
      String bodyCode,
      String subject,
      String description,
      Boolean urgent,
      String urgencyReason,
      String deliveryMode,
      String language) {}

  record Decision(String resolution, String message) {}

  /**
   * A request as its requester or the body's staff see it.
   *
   * @param response the answer, once it has left the body; null before
   */
  record RequestView(
      String reference,
      String status,
      String resolution,
      Instant receivedAt,
      LocalDate receivedOn,
      LocalDate dueDate,
      String bodyCode,
      String bodyNameAr,
      String bodyNameFr,
      String subject,
      String description,
      boolean urgent,
      String urgencyReason,
      String deliveryMode,
      String language,
      String channel,
      Requester requester,
      String response,
      Instant answeredAt) {}

  record Requester(String firstName, String lastName, String email) {}

  /**
   * @param actor who acted, as the viewer may know it: the e-mail of a member of staff for the
   *     body's staff, or the words {@code requester}, {@code body} or {@code system}
   * @param context the facts of the event, a JSON object
   */
  record EventView(Instant occurredAt, String type, String actor, JsonObject context) {}
}
