package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.LegalRuleViolationException;
import ma.accesinfo.application.RequestService;
import ma.accesinfo.application.RequestWorkflow;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.IdentityDocument;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyRepository;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.Channel;
import ma.accesinfo.domain.model.request.DeliveryMode;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.Receipt;
import ma.accesinfo.domain.model.request.RequestContent;
import ma.accesinfo.domain.model.request.RequestEvent;
import ma.accesinfo.domain.model.request.RequestStatus;
import ma.accesinfo.domain.model.request.RequesterDetails;
import ma.accesinfo.domain.model.request.Resolution;
import ma.accesinfo.domain.model.shared.Language;

@Stateless
public class DefaultRequestService implements RequestService {

  private static final int LIST_LIMIT = 200;
  private static final int TEXT_LIMIT = 20_000;

  @Inject Callers callers;
  @Inject BodyRepository bodies;
  @Inject AccountRepository accounts;
  @Inject InformationRequestRepository requests;
  @Inject RequestWorkflow workflow;
  @Inject RequestAccess access;
  @Inject Clock clock;
  @Inject LegalClock legalClock;
  @Inject AccessLaw law;

  @Override
  public RequestView fileRequest(NewRequest in) {
    Account requester = callers.require();
    if (!requester.holds(Role.CITIZEN)) {
      throw new ActionNotAllowedException("citizensOnly");
    }
    InputCheck check = new InputCheck();
    String bodyCode = check.text("bodyCode", in.bodyCode(), true, 40);
    String subject = check.text("subject", in.subject(), true, 300);
    String description = check.text("description", in.description(), true, TEXT_LIMIT);
    boolean urgent = Boolean.TRUE.equals(in.urgent());
    String urgencyReason = check.text("urgencyReason", in.urgencyReason(), urgent, 2_000);
    DeliveryMode deliveryMode =
        check.choice("deliveryMode", in.deliveryMode(), true, DeliveryMode.class);
    Language language = letterLanguage(check, in.language(), requester.preferredLanguage());
    Optional<Body> body =
        bodyCode == null
            ? Optional.empty()
            : bodies.findByCode(bodyCode.toUpperCase(Locale.ROOT)).filter(Body::active);
    if (bodyCode != null && body.isEmpty()) {
      check.add("bodyCode", "unknownBody", bodyCode);
    }
    check.done();
    IdentityDocument identity =
        requester
            .identity()
            .orElseThrow(() -> new LegalRuleViolationException("identityDocumentRequired"));

    Instant now = clock.instant();
    Receipt receipt = Receipt.of(now, urgent, law, legalClock);
    InformationRequest request =
        new InformationRequest(
            requests.nextReference(receipt.receivedOn().getYear()),
            body.get(),
            requester,
            new RequesterDetails(
                requester.name().firstName(),
                requester.name().lastName(),
                requester.address(),
                identity.nationalId(),
                identity.residenceDocumentNumber(),
                requester.email()),
            new RequestContent(subject, description, urgent, urgencyReason, deliveryMode, language),
            Channel.ONLINE,
            receipt);
    requests.store(request);
    request.attachProcess(workflow.startProcedure(request, endOf(receipt)));
    requests.append(
        new RequestEvent(
            request,
            now,
            requester.id(),
            EventType.REQUEST_FILED,
            Json.createObjectBuilder()
                .add("channel", Channel.ONLINE.name())
                .add("receivedOn", receipt.receivedOn().toString())
                .add("dueDate", receipt.dueDate().toString())
                .add("urgent", urgent)
                .add(
                    "period",
                    law.replyPeriod(urgent).length() + " " + law.replyPeriod(urgent).unit())
                .build()
                .toString()));
    return access.view(request, requester);
  }

  @Override
  public RequestView findRequest(String reference) {
    Account caller = callers.require();
    return access.view(access.visible(reference, caller), caller);
  }

  @Override
  public List<RequestView> listRequests(String statusText) {
    Account caller = callers.require();
    InputCheck check = new InputCheck();
    RequestStatus status = check.choice("status", statusText, false, RequestStatus.class);
    check.done();
    List<Body> staffBodies = access.staffBodies(caller);
    Stream<InformationRequest> found;
    if (!staffBodies.isEmpty()) {
      found =
          staffBodies.stream()
              .flatMap(b -> requests.listAddressedTo(b.id(), status, LIST_LIMIT).stream())
              .sorted(Comparator.comparing(InformationRequest::dueDate))
              .limit(LIST_LIMIT);
    } else if (caller.holds(Role.CITIZEN)) {
      found = requests.listFiledBy(caller.id(), status, LIST_LIMIT).stream();
    } else {
      found = Stream.empty();
    }
    return found.map(r -> access.view(r, caller)).toList();
  }

  @Override
  public RequestView recordDecision(String reference, Decision in) {
    Account officer = callers.require();
    InformationRequest request = access.visibleForChange(reference, officer);
    if (!officer.holdsFor(Role.OFFICER, request.body())) {
      throw new ActionNotAllowedException("officersOnly");
    }
    InputCheck check = new InputCheck();
    Resolution resolution = check.choice("resolution", in.resolution(), true, Resolution.class);
    String message = check.text("message", in.message(), true, TEXT_LIMIT);
    check.done();
    if (!request.status().awaitsDecision()) {
      throw new StateConflictException("requestNotAwaitingDecision", request.status().name());
    }
    Instant now = clock.instant();
    request.recordDecision(resolution, message, officer, now);
    requests.append(
        new RequestEvent(
            request,
            now,
            officer.id(),
            EventType.DECISION_RECORDED,
            Json.createObjectBuilder()
                .add("resolution", resolution.name())
                .add("late", now.isAfter(endOf(request)))
                .build()
                .toString()));
    workflow.completeAssessment(request, resolution);
    return access.view(request, officer);
  }

  @Override
  public List<EventView> events(String reference) {
    Account caller = callers.require();
    InformationRequest request = access.visible(reference, caller);
    boolean staff = access.isStaffOf(caller, request.body());
    return requests.events(request).stream()
        .map(
            e ->
                new EventView(
                    e.occurredAt(),
                    e.type().name(),
                    actor(e.actorId(), caller, staff),
                    Json.createReader(new StringReader(e.context())).readObject()))
        .toList();
  }

  private String actor(Long actorId, Account viewer, boolean viewerIsStaff) {
    if (actorId == null) {
      return "system";
    }
    if (actorId.equals(viewer.id())) {
      return viewerIsStaff ? viewer.email() : "requester";
    }
    if (!viewerIsStaff) {
      return "body";
    }
    return accounts.find(actorId).map(Account::email).orElse("body");
  }

  private Instant endOf(Receipt receipt) {
    return receipt.dueDate().plusDays(1).atStartOfDay(law.zone()).toInstant();
  }

  private Instant endOf(InformationRequest request) {
    return request.dueDate().plusDays(1).atStartOfDay(law.zone()).toInstant();
  }

  /** Letters are written in Arabic or French; an English speaker gets French unless they ask. */
  private static Language letterLanguage(InputCheck check, String code, Language preferred) {
    if (code == null || code.isBlank()) {
      return preferred == Language.EN ? Language.FR : preferred;
    }
    Optional<Language> language = Language.fromCode(code).filter(l -> l != Language.EN);
    if (language.isEmpty()) {
      check.add("language", "invalidChoice", "ar, fr");
      return null;
    }
    return language.get();
  }
}
