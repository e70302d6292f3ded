package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.SingleWindowService;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyRepository;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.openness.DisclosureLog;
import ma.accesinfo.domain.model.request.Channel;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestContent;
import ma.accesinfo.domain.model.request.RequesterDetails;
import ma.accesinfo.domain.model.request.RoutingRequest;
import ma.accesinfo.domain.model.request.RoutingRequestRepository;
import ma.accesinfo.domain.model.shared.Jsons;
import ma.accesinfo.domain.model.shared.ReferenceNumbers;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultSingleWindowService implements SingleWindowService {

  private static final int QUEUE_LIMIT = 500;
  private static final int SUGGESTIONS = 5;

  @Inject Callers callers;
  @Inject RoutingRequestRepository routing;
  @Inject InformationRequestRepository requests;
  @Inject RequestAccess access;
  @Inject BodyLookup bodyLookup;
  @Inject BodyRepository bodies;
  @Inject DisclosureLog disclosures;
  @Inject ReferenceNumbers references;
  @Inject Reception reception;
  @Inject EventLog eventLog;
  @Inject AccessLaw law;
  @Inject Clock clock;

  @Override
  public RoutingView fileToSingleWindow(NewRoutingRequest in) {
    Account requester = callers.require();
    if (!requester.holds(Role.CITIZEN)) {
      throw new ActionNotAllowedException("citizensOnly");
    }
    InputCheck check = new InputCheck();
    RequestContent content =
        DefaultRequestService.content(
            check,
            in.subject(),
            in.description(),
            in.urgent(),
            in.urgencyReason(),
            in.deliveryMode(),
            in.language(),
            requester.preferredLanguage());
    check.done();
    // The competent body will need the identity the law asks for: say so now, not at routing
    DefaultRequestService.requesterDetails(requester);
    Instant now = clock.instant();
    RoutingRequest filed =
        new RoutingRequest(
            references.next(ReferenceNumbers.SINGLE_WINDOW, law.dayOf(now).getYear()),
            requester,
            content,
            now);
    routing.store(filed);
    return view(filed);
  }

  @Override
  public List<RoutingView> listRoutingQueue() {
    requireRoutingOfficer(callers.require());
    return routing.awaitingRouting(QUEUE_LIMIT).stream().map(this::view).toList();
  }

  @Override
  public List<RoutingView> listMyRoutingRequests() {
    Account caller = callers.require();
    return routing.filedBy(caller.id(), QUEUE_LIMIT).stream().map(this::view).toList();
  }

  @Override
  public RoutingView findRoutingRequest(String reference) {
    Account caller = callers.require();
    return view(visible(routing.find(normalise(reference)), caller, reference));
  }

  @Override
  public RoutingView findRoutingOrigin(String requestReference) {
    Account caller = callers.require();
    InformationRequest request = access.visible(requestReference, caller);
    return routing.routedAs(request.id()).map(this::view).orElse(null);
  }

  @Override
  public List<BodySuggestion> suggestBodies(String reference) {
    Account caller = callers.require();
    requireRoutingOfficer(caller);
    RoutingRequest filed = visible(routing.find(normalise(reference)), caller, reference);
    Map<String, BodySuggestion> found = new LinkedHashMap<>();
    String words = SearchWords.anyOf(filed.subject() + " " + filed.description());
    if (words != null) {
      for (DisclosureLog.BodyMatch match : disclosures.bodiesAnswering(words, SUGGESTIONS)) {
        bodies
            .findByCode(match.bodyCode())
            .ifPresent(
                b ->
                    found.put(
                        b.code(),
                        new BodySuggestion(b.code(), b.nameAr(), b.nameFr(), match.answers())));
      }
      for (String word : words.split(" or ")) {
        for (Body b : bodies.search(word, SUGGESTIONS)) {
          if (b.active() && found.size() < 2 * SUGGESTIONS) {
            found.putIfAbsent(b.code(), new BodySuggestion(b.code(), b.nameAr(), b.nameFr(), 0));
          }
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  @Override
  public RoutingView route(String reference, Routing in) {
    Account officer = callers.require();
    requireRoutingOfficer(officer);
    RoutingRequest filed = visible(routing.findForChange(normalise(reference)), officer, reference);
    InputCheck check = new InputCheck();
    Body body = bodyLookup.active(check, "bodyCode", in.bodyCode());
    String note = check.text("note", in.note(), false, 2_000);
    check.done();
    if (filed.status() != RoutingRequest.Status.AWAITING_ROUTING) {
      throw new StateConflictException("notAwaitingRouting", filed.status().name());
    }
    Account requester = filed.requester();
    RequesterDetails details = DefaultRequestService.requesterDetails(requester);
    Instant now = clock.instant();
    InformationRequest request =
        reception.receive(
            new Reception.Arrival(
                body,
                requester,
                details,
                filed.content(),
                Channel.SINGLE_WINDOW,
                now,
                law.dayOf(now),
                null,
                EventType.REQUEST_FILED),
            now);
    filed.routedTo(request, officer, note, now);
    eventLog.record(
        request,
        officer,
        EventType.ROUTED_BY_SINGLE_WINDOW,
        Jsons.createObjectBuilder()
            .add("singleWindowReference", filed.reference())
            .add("filedAt", filed.filedAt().toString())
            .add("routedAt", now.toString())
            .add("routingHours", hours(filed.filedAt(), now)));
    return view(filed);
  }

  @Override
  public RoutingView withdrawRoutingRequest(String reference) {
    Account caller = callers.require();
    RoutingRequest filed = visible(routing.findForChange(normalise(reference)), caller, reference);
    if (!filed.filedBy(caller)) {
      throw new ActionNotAllowedException("requesterOnly");
    }
    if (filed.status() != RoutingRequest.Status.AWAITING_ROUTING) {
      throw new StateConflictException("notAwaitingRouting", filed.status().name());
    }
    filed.withdraw(clock.instant());
    return view(filed);
  }

  /** The requester and the central unit see a request filed to the single window; no one else. */
  private static RoutingRequest visible(
      java.util.Optional<RoutingRequest> found, Account caller, String reference) {
    return found
        .filter(r -> r.filedBy(caller) || caller.holds(Role.ROUTING_OFFICER))
        .orElseThrow(() -> new RecordNotFoundException("routingRequestNotFound", reference));
  }

  private static void requireRoutingOfficer(Account caller) {
    if (!caller.holds(Role.ROUTING_OFFICER)) {
      throw new ActionNotAllowedException("routingOfficersOnly");
    }
  }

  private RoutingView view(RoutingRequest r) {
    InformationRequest request =
        r.routedRequestId() == null ? null : requests.find(r.routedRequestId()).orElse(null);
    return new RoutingView(
        r.reference(),
        r.status().name(),
        r.subject(),
        r.description(),
        r.urgent(),
        r.language().code(),
        r.filedAt(),
        r.routedAt(),
        r.routedAt() == null ? null : hours(r.filedAt(), r.routedAt()),
        request == null ? null : request.reference(),
        request == null ? null : request.body().code(),
        request == null ? null : request.body().nameAr(),
        request == null ? null : request.body().nameFr(),
        r.routingNote());
  }

  private static long hours(Instant from, Instant to) {
    return Duration.between(from, to).toHours();
  }

  private static String normalise(String reference) {
    return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
  }
}
