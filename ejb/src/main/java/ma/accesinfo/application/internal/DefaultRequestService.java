package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.Channel;
import ma.accesinfo.domain.model.request.Clarification;
import ma.accesinfo.domain.model.request.DeliveryMode;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestContent;
import ma.accesinfo.domain.model.request.RequestEvent;
import ma.accesinfo.domain.model.request.RequestStatus;
import ma.accesinfo.domain.model.request.RequesterDetails;
import ma.accesinfo.domain.model.shared.Jsons;
import ma.accesinfo.domain.model.shared.Language;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultRequestService implements RequestService {

  static final int LIST_LIMIT = 200;
  static final int TEXT_LIMIT = 20_000;

  @Inject Callers callers;
  @Inject BodyLookup bodyLookup;
  @Inject AccountRepository accounts;
  @Inject InformationRequestRepository requests;
  @Inject RequestWorkflow workflow;
  @Inject RequestAccess access;
  @Inject Reception reception;
  @Inject LegalCalendar legalCalendar;
  @Inject DeadlineRecalculation deadlines;
  @Inject Clock clock;
  @Inject AccessLaw law;

  @Override
  public RequestView fileRequest(NewRequest in) {
    Account requester = callers.require();
    if (!requester.holds(Role.CITIZEN)) {
      throw new ActionNotAllowedException("citizensOnly");
    }
    InputCheck check = new InputCheck();
    Body body = bodyLookup.active(check, "bodyCode", in.bodyCode());
    RequestContent content =
        content(
            check,
            in.subject(),
            in.description(),
            in.urgent(),
            in.urgencyReason(),
            in.deliveryMode(),
            in.language(),
            requester.preferredLanguage());
    check.done();
    RequesterDetails details = requesterDetails(requester);
    Instant now = clock.instant();
    InformationRequest request =
        reception.receive(
            new Reception.Arrival(
                body,
                requester,
                details,
                content,
                Channel.ONLINE,
                now,
                law.dayOf(now),
                requester,
                EventType.REQUEST_FILED),
            now);
    return access.view(request, requester);
  }

  @Override
  public RequestView findRequest(String reference) {
    Account caller = callers.require();
    return access.view(access.visible(reference, caller), caller);
  }

  @Override
  public List<RequestView> listRequests(String statusText, String searchText) {
    Account caller = callers.require();
    InputCheck check = new InputCheck();
    RequestStatus status = check.choice("status", statusText, false, RequestStatus.class);
    String search = check.text("q", searchText, false, SEARCH_LIMIT);
    check.done();
    List<Long> staffBodies = access.staffBodyIds(caller);
    Stream<InformationRequest> found;
    if (!staffBodies.isEmpty()) {
      found = requests.listAddressedTo(staffBodies, status, search, LIST_LIMIT).stream();
    } else if (caller.holds(Role.CITIZEN)) {
      // The requester filters on the status they see, which hides the body's internal steps.
      found =
          requests.listFiledBy(caller.id(), null, search, LIST_LIMIT).stream()
              .filter(r -> status == null || r.statusForRequester() == status);
    } else {
      found = Stream.empty();
    }
    return found.map(r -> access.view(r, caller)).toList();
  }

  @Override
  public Deadlines deadlines() {
    Account caller = callers.require();
    List<Long> staffBodies = access.staffBodyIds(caller);
    if (staffBodies.isEmpty()) {
      throw new ActionNotAllowedException("bodyStaffOnly");
    }
    LocalDate today = law.dayOf(clock.instant());
    InformationRequestRepository.DeadlineCounts counts =
        requests.countRunning(staffBodies, today, today.plusDays(SOON_DAYS));
    return new Deadlines(counts.overdue(), counts.dueSoon(), counts.onTime());
  }

  @Override
  public List<EventView> events(String reference) {
    Account caller = callers.require();
    InformationRequest request = access.visible(reference, caller);
    boolean staff = access.isInsider(caller, request);
    return requests.events(request).stream()
        .filter(e -> staff || e.type().visibleToRequester())
        .map(
            e ->
                new EventView(
                    e.occurredAt(),
                    e.type().name(),
                    actor(e.actorId(), caller, staff),
                    Jsons.createReader(new StringReader(e.context())).readObject()))
        .toList();
  }

  @Override
  public ClockView clock(String reference) {
    Account caller = callers.require();
    InformationRequest request = access.visible(reference, caller);
    LegalClock legalClock = legalCalendar.clock();
    String rule = legalClock.rule().name();
    var first =
        legalClock.deadline(request.receivedOn(), law.replyPeriod(request.treatedAsUrgent()));
    var extension =
        request.extended()
            ? DefaultCalendarService.view(
                legalClock.deadline(request.firstDueDate(), law.extensionPeriod()), rule)
            : null;
    return new ClockView(
        request.reference(),
        request.receivedOn(),
        request.treatedAsUrgent(),
        request.dueDate(),
        request.overdue(),
        DefaultCalendarService.view(first, rule),
        extension);
  }

  @Override
  public RequestView answerClarification(String reference, ClarificationAnswer in) {
    Account requester = callers.require();
    InformationRequest request = access.visibleForChange(reference, requester);
    // The requester answers online; an officer records an answer received on paper.
    if (!request.filedBy(requester) && !requester.holdsFor(Role.OFFICER, request.body())) {
      throw new ActionNotAllowedException("requesterOnly");
    }
    InputCheck check = new InputCheck();
    String answer = check.text("answer", in.answer(), true, TEXT_LIMIT);
    check.done();
    Clarification clarification =
        requests
            .openClarification(request)
            .filter(c -> request.status() == RequestStatus.AWAITING_CLARIFICATION)
            .orElseThrow(() -> new StateConflictException("noOpenClarification"));
    Instant now = clock.instant();
    clarification.answer(answer, now);
    request.resumeAssessment(now);
    int paused = deadlines.releaseAfterClarification(request, clarification.askedAt(), now);
    var context =
        Jsons.createObjectBuilder()
            .add("dueDate", request.dueDate().toString())
            .add("clockPausedWorkingDays", paused);
    requests.append(
        new RequestEvent(
            request,
            now,
            requester.id(),
            EventType.CLARIFICATION_ANSWERED,
            context.build().toString()));
    workflow.clarificationAnswered(request);
    return access.view(request, requester);
  }

  @Override
  public RequestView withdraw(String reference) {
    Account requester = callers.require();
    InformationRequest request = access.visibleForChange(reference, requester);
    if (!request.filedBy(requester)) {
      throw new ActionNotAllowedException("requesterOnly");
    }
    if (request.status().closed() || request.status() == RequestStatus.DECIDED) {
      throw new StateConflictException("requestClosed", request.status().name());
    }
    Instant now = clock.instant();
    request.withdraw(now);
    requests.append(
        new RequestEvent(request, now, requester.id(), EventType.REQUEST_WITHDRAWN, "{}"));
    workflow.withdrawn(request);
    return access.view(request, requester);
  }

  /**
   * What a request records of its requester's account: the law (Art. 14) requires an identity card
   * or residence document number.
   */
  static RequesterDetails requesterDetails(Account requester) {
    IdentityDocument identity =
        requester
            .identity()
            .orElseThrow(() -> new LegalRuleViolationException("identityDocumentRequired"));
    return new RequesterDetails(
        requester.name().firstName(),
        requester.name().lastName(),
        requester.address(),
        identity.nationalId(),
        identity.residenceDocumentNumber(),
        requester.email());
  }

  static RequestContent content(
      InputCheck check,
      String subjectText,
      String descriptionText,
      Boolean urgentFlag,
      String urgencyReasonText,
      String deliveryModeText,
      String languageText,
      Language preferred) {
    String subject = check.text("subject", subjectText, true, 300);
    String description = check.text("description", descriptionText, true, TEXT_LIMIT);
    boolean urgent = Boolean.TRUE.equals(urgentFlag);
    String urgencyReason = check.text("urgencyReason", urgencyReasonText, urgent, 2_000);
    DeliveryMode deliveryMode =
        check.choice("deliveryMode", deliveryModeText, true, DeliveryMode.class);
    Language language = letterLanguage(check, languageText, preferred);
    if (check.hasViolations()) {
      return null;
    }
    return new RequestContent(subject, description, urgent, urgencyReason, deliveryMode, language);
  }

  private String actor(Long actorId, Account viewer, boolean viewerIsStaff) {
    if (actorId == null) {
      return "system";
    }
    if (actorId.equals(viewer.id())) {
      return viewerIsStaff ? viewer.email() : "requester";
    }
    Account actor = accounts.find(actorId).orElse(null);
    if (actor != null && actor.holds(Role.COMMISSION)) {
      return viewerIsStaff ? actor.email() : "commission";
    }
    if (!viewerIsStaff) {
      return actor != null && actor.holds(Role.CITIZEN) ? "requester" : "body";
    }
    return actor == null ? "body" : actor.email();
  }

  /** Letters are written in Arabic or French; an English speaker gets French unless they ask. */
  static Language letterLanguage(InputCheck check, String code, Language preferred) {
    if (code == null || code.isBlank()) {
      return preferred == null || preferred == Language.EN ? Language.FR : preferred;
    }
    Optional<Language> language = Language.fromCode(code).filter(l -> l != Language.EN);
    if (language.isEmpty()) {
      check.add("language", "invalidChoice", "ar, fr");
      return null;
    }
    return language.get();
  }
}
