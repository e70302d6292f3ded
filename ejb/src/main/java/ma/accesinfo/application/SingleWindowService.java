package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * The single window: one place to file for anyone who does not know which body holds the
 * information. A central unit routes each request to the competent body; the legal period starts
 * when that body receives it, and the requester sees how long routing took.
 */
@Local
public interface SingleWindowService {

  /** A citizen or resident files to the single window, on the same form as to a body. */
  RoutingView fileToSingleWindow(NewRoutingRequest request);

  /** The central unit's queue: requests awaiting routing, urgent ones first, then oldest. */
  List<RoutingView> listRoutingQueue();

  /** The requests the caller filed to the single window, newest first. */
  List<RoutingView> listMyRoutingRequests();

  /** A request filed to the single window, for its requester and the central unit. */
  RoutingView findRoutingRequest(String reference);

  /**
   * How a body's request reached it, when it came through the single window; null otherwise. For
   * whoever may see the body's request.
   */
  RoutingView findRoutingOrigin(String requestReference);

  /**
   * Bodies likely to hold what a request in the queue asks for: those whose released answers share
   * its words, and those whose names do.
   */
  List<BodySuggestion> suggestBodies(String reference);

  /** A routing officer sends the request to the competent body, which receives it now. */
  RoutingView route(String reference, Routing routing);

  /** The requester withdraws a request still awaiting routing. */
  RoutingView withdrawRoutingRequest(String reference);

  record NewRoutingRequest(
      String subject,
      String description,
      Boolean urgent,
      String urgencyReason,
      String deliveryMode,
      String language) {}

  record Routing(String bodyCode, String note) {}

  /**
   * @param routingHours the time the request spent in the single window, in whole hours
   * @param requestReference the body's request it became, once routed
   */
  record RoutingView(
      String reference,
      String status,
      String subject,
      String description,
      boolean urgent,
      String language,
      Instant filedAt,
      Instant routedAt,
      Long routingHours,
      String requestReference,
      String bodyCode,
      String bodyNameAr,
      String bodyNameFr,
      String routingNote) {}

  record BodySuggestion(String code, String nameAr, String nameFr, long releasedAnswers) {}
}
