package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.CaseworkService;
import ma.accesinfo.application.IdentityInput;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.LegalRuleViolationException;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RequestService.RequestView;
import ma.accesinfo.application.RequestWorkflow;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.IdentityDocument;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyRepository;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.document.DocumentRepository;
import ma.accesinfo.domain.model.document.ReleaseDocument;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.law.AccessLaw.RefusalGround;
import ma.accesinfo.domain.model.request.Channel;
import ma.accesinfo.domain.model.request.Clarification;
import ma.accesinfo.domain.model.request.DecisionRecord;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestContent;
import ma.accesinfo.domain.model.request.RequestStatus;
import ma.accesinfo.domain.model.request.RequesterDetails;
import ma.accesinfo.domain.model.request.Resolution;
import ma.accesinfo.domain.model.request.ThirdPartyConsultation;
import ma.accesinfo.domain.model.shared.Jsons;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultCaseworkService implements CaseworkService {

  private static final int TEXT_LIMIT = DefaultRequestService.TEXT_LIMIT;

  @Inject Callers callers;
  @Inject BodyRepository bodies;
  @Inject InformationRequestRepository requests;
  @Inject RequestWorkflow workflow;
  @Inject RequestAccess access;
  @Inject Reception reception;
  @Inject LegalCalendar legalCalendar;
  @Inject Reminders reminders;
  @Inject DeadlineRecalculation deadlines;
  @Inject ProcedureSettings settings;
  @Inject BodyLookup bodyLookup;
  @Inject Clock clock;
  @Inject EventLog eventLog;
  @Inject Notifications notifications;
  @Inject AccessLaw law;
  @Inject DocumentRepository documents;

  @Override
  public RequestView intake(String bodyCode, Intake in) {
    Account officer = callers.require();
    Body body =
        bodies
            .findByCode(bodyCode == null ? "" : bodyCode.strip().toUpperCase(Locale.ROOT))
            .filter(Body::active)
            .orElseThrow(() -> new RecordNotFoundException("bodyNotFound", bodyCode));
    if (!officer.holdsFor(Role.OFFICER, body)) {
      throw new ActionNotAllowedException("officersOnly");
    }
    InputCheck check = new InputCheck();
    Channel channel = check.choice("channel", in.channel(), true, Channel.class);
    if (channel != null && !channel.takenInByStaff()) {
      check.add("channel", "invalidChoice", "COUNTER, POST, EMAIL");
    }
    if (in.receivedOn() == null) {
      check.add("receivedOn", "required");
    }
    String firstName = check.text("firstName", in.firstName(), true, 100);
    String lastName = check.text("lastName", in.lastName(), true, 100);
    String address = check.text("address", in.address(), true, 500);
    IdentityDocument identity =
        IdentityInput.read(check, in.nationalId(), in.residenceDocumentNumber());
    String email = check.email("email", in.email(), false);
    RequestContent content =
        DefaultRequestService.content(
            check,
            in.subject(),
            in.description(),
            in.urgent(),
            in.urgencyReason(),
            in.deliveryMode(),
            in.language(),
            null);
    check.done();
    Instant now = clock.instant();
    Instant receivedAt = legalCalendar.receiptDatedByStaff(in.receivedOn(), now);
    InformationRequest request =
        reception.receive(
            new Reception.Arrival(
                body,
                null,
                new RequesterDetails(
                    firstName,
                    lastName,
                    address,
                    identity.nationalId(),
                    identity.residenceDocumentNumber(),
                    email),
                content,
                channel,
                receivedAt,
                in.receivedOn(),
                officer,
                EventType.REQUEST_RECEIVED_BY_INTAKE),
            now);
    return access.view(request, officer);
  }

  @Override
  public RequestView declineUrgency(String reference, UrgencyDecline in) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    InputCheck check = new InputCheck();
    String reason = check.text("reason", in.reason(), true, 2_000);
    check.done();
    if (!request.treatedAsUrgent()) {
      throw new StateConflictException("requestNotUrgent");
    }
    requireAwaitingDecision(request);
    if (request.overdue()) {
      throw new LegalRuleViolationException("urgentPeriodEnded", request.dueDate().toString());
    }
    Instant now = clock.instant();
    LegalClock legalClock = legalCalendar.clock();
    LocalDate first = legalClock.lastDay(request.receivedOn(), law.replyPeriod(false));
    LocalDate due = deadlines.dueDate(request, first, legalClock);
    request.declineUrgency(reason, first, due, now);
    moveDeadline(request, legalClock, now);
    event(
        request,
        officer,
        EventType.URGENCY_DECLINED,
        Jsons.createObjectBuilder().add("reason", reason).add("dueDate", due.toString()));
    return access.view(request, officer);
  }

  @Override
  public RequestView extend(String reference, Extension in) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    InputCheck check = new InputCheck();
    String ground = check.text("ground", in.ground(), true, 40);
    if (ground != null && !law.extensionGrounds().contains(ground.toUpperCase(Locale.ROOT))) {
      check.add("ground", "invalidChoice", String.join(", ", law.extensionGrounds()));
    }
    String explanation = check.text("explanation", in.explanation(), true, TEXT_LIMIT);
    check.done();
    if (!request.openToChangesOfPeriod()) {
      throw new StateConflictException("requestNotOpen", request.status().name());
    }
    if (request.extended()) {
      throw new LegalRuleViolationException("alreadyExtended");
    }
    Instant now = clock.instant();
    if (law.dayOf(now).isAfter(request.firstDueDate())) {
      throw new LegalRuleViolationException(
          "extensionAfterFirstPeriod", request.firstDueDate().toString());
    }
    LegalClock legalClock = legalCalendar.clock();
    LocalDate due = deadlines.extendedDueDate(request, legalClock);
    request.extend(ground.toUpperCase(Locale.ROOT), explanation, due, now);
    moveDeadline(request, legalClock, now);
    event(
        request,
        officer,
        EventType.DEADLINE_EXTENDED,
        Jsons.createObjectBuilder()
            .add("ground", request.extensionGround())
            .add("explanation", explanation)
            .add("previousDueDate", request.firstDueDate().toString())
            .add("dueDate", due.toString()));
    notifications.extension(request);
    return access.view(request, officer);
  }

  @Override
  public RequestView askClarification(String reference, ClarificationQuestion in) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    InputCheck check = new InputCheck();
    String question = check.text("question", in.question(), true, TEXT_LIMIT);
    check.done();
    requireAwaitingDecision(request);
    Instant now = clock.instant();
    requests.store(new Clarification(request, question, officer.id(), now));
    request.awaitClarification(now);
    LocalDate answerBy =
        legalCalendar.clock().lastDay(law.dayOf(now), settings.clarificationPeriod());
    event(
        request,
        officer,
        EventType.CLARIFICATION_REQUESTED,
        Jsons.createObjectBuilder().add("question", question).add("answerBy", answerBy.toString()));
    workflow.clarificationRequested(request, legalCalendar.endOf(answerBy));
    deadlines.holdForClarification(request);
    return access.view(request, officer);
  }

  @Override
  public RequestView consultThirdParty(String reference, Consultation in) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    InputCheck check = new InputCheck();
    String thirdParty = check.text("thirdParty", in.thirdParty(), true, 300);
    String contact = check.text("contact", in.contact(), false, 300);
    String question = check.text("question", in.question(), true, TEXT_LIMIT);
    if (in.dueDate() == null) {
      check.add("dueDate", "required");
    }
    check.done();
    requireAwaitingDecision(request);
    Instant now = clock.instant();
    DueDates.requireAheadWithinAYear(in.dueDate(), law.dayOf(now), "consultationDueInPast");
    ThirdPartyConsultation consultation =
        new ThirdPartyConsultation(
            request, thirdParty, contact, question, in.dueDate(), officer.id(), now);
    requests.store(consultation);
    request.awaitThirdParty(now);
    event(
        request,
        officer,
        EventType.THIRD_PARTY_CONSULTED,
        Jsons.createObjectBuilder()
            .add("thirdParty", thirdParty)
            .add("dueDate", in.dueDate().toString()));
    workflow.thirdPartyConsulted(request, legalCalendar.endOf(in.dueDate()));
    return access.view(request, officer);
  }

  @Override
  public RequestView recordThirdPartyAnswer(String reference, ConsultationAnswer in) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    InputCheck check = new InputCheck();
    boolean consents = check.flag("consents", in.consents());
    String answer = check.text("answer", in.answer(), true, TEXT_LIMIT);
    check.done();
    ThirdPartyConsultation consultation =
        requests
            .openConsultation(request)
            .filter(c -> request.status() == RequestStatus.AWAITING_THIRD_PARTY)
            .orElseThrow(() -> new StateConflictException("noOpenConsultation"));
    Instant now = clock.instant();
    consultation.answer(consents, answer, now);
    request.resumeAssessment(now);
    event(
        request,
        officer,
        EventType.THIRD_PARTY_ANSWERED,
        Jsons.createObjectBuilder()
            .add("thirdParty", consultation.thirdParty())
            .add("consents", consents));
    workflow.thirdPartyAnswered(request);
    return access.view(request, officer);
  }

  @Override
  public RequestView recordDecision(String reference, Decision in) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    DecisionRecord decision = decision(in);
    requireAwaitingDecision(request);
    requireDocumentsReleasable(request, decision.resolution());
    Instant now = clock.instant();
    request.recordDecision(decision, officer, now);
    JsonArrayBuilder exemptions = Jsons.createArrayBuilder();
    decision.exemptions().stream().sorted().forEach(exemptions::add);
    var context =
        Jsons.createObjectBuilder()
            .add("resolution", decision.resolution().name())
            .add("exemptions", exemptions)
            .add("late", request.overdue())
            .add("legalReview", decision.resolution().needsLegalReview());
    if (decision.refusalGround() != null) {
      context.add("refusalGround", decision.refusalGround());
    }
    event(request, officer, EventType.DECISION_RECORDED, context);
    workflow.decided(request, decision.resolution());
    return access.view(request, officer);
  }

  /** Checks a decision: its fields first (400), then what the law requires of it (422). */
  private DecisionRecord decision(Decision in) {
    InputCheck check = new InputCheck();
    Resolution resolution = check.choice("resolution", in.resolution(), true, Resolution.class);
    if (resolution == Resolution.WITHDRAWN || resolution == Resolution.FORWARDED) {
      check.add("resolution", "invalidChoice", "GRANTED, PARTIALLY_GRANTED, REFUSED");
    }
    String groundText = check.text("refusalGround", in.refusalGround(), false, 40);
    RefusalGround ground = null;
    if (groundText != null) {
      ground = law.refusalGround(groundText.toUpperCase(Locale.ROOT)).orElse(null);
      if (ground == null) {
        check.add(
            "refusalGround",
            "invalidChoice",
            String.join(", ", law.refusalGrounds().stream().map(RefusalGround::code).toList()));
      }
    }
    Set<String> exemptions = new TreeSet<>();
    List<String> cited = in.exemptions() == null ? List.of() : in.exemptions();
    for (int i = 0; i < cited.size(); i++) {
      String code = cited.get(i) == null ? "" : cited.get(i).strip().toUpperCase(Locale.ROOT);
      if (law.isExemption(code)) {
        exemptions.add(code);
      } else {
        check.add(
            "exemptions[" + i + "]",
            "invalidChoice",
            String.join(", ", law.exemptions().stream().map(AccessLaw.Exemption::code).toList()));
      }
    }
    String justification =
        check.text("publicJustification", in.publicJustification(), false, TEXT_LIMIT);
    String published = check.text("publishedReference", in.publishedReference(), false, 2_000);
    String withheld = check.text("withheldParts", in.withheldParts(), false, TEXT_LIMIT);
    String message = check.text("message", in.message(), true, TEXT_LIMIT);
    String unpublished = check.text("unpublishedReason", in.unpublishedReason(), false, 2_000);
    Body competent = null;
    if (in.competentBodyCode() != null && !in.competentBodyCode().isBlank()) {
      competent = bodyLookup.active(check, "competentBodyCode", in.competentBodyCode());
    }
    check.done();

    if (resolution == Resolution.GRANTED && (ground != null || !exemptions.isEmpty())) {
      throw new LegalRuleViolationException("grantCitesNoGround");
    }
    if (resolution == Resolution.REFUSED && ground == null) {
      throw new LegalRuleViolationException("refusalGroundRequired");
    }
    if (resolution == Resolution.PARTIALLY_GRANTED && ground != null) {
      throw new LegalRuleViolationException("partialGrantCitesExemptions");
    }
    boolean needsExemptions =
        resolution == Resolution.PARTIALLY_GRANTED
            || (ground != null
                && ground.requires() == AccessLaw.Requirement.EXEMPTIONS_AND_PUBLIC_JUSTIFICATION);
    if (needsExemptions && exemptions.isEmpty()) {
      throw new LegalRuleViolationException("exemptionRequired");
    }
    if (needsExemptions && justification == null) {
      throw new LegalRuleViolationException("publicJustificationRequired");
    }
    if (!needsExemptions && !exemptions.isEmpty()) {
      throw new LegalRuleViolationException("exemptionsOnlyWithExemptionGround");
    }
    if (resolution == Resolution.PARTIALLY_GRANTED && withheld == null) {
      throw new LegalRuleViolationException("withheldPartsRequired");
    }
    if (ground != null
        && ground.requires() == AccessLaw.Requirement.PUBLISHED_REFERENCE
        && published == null) {
      throw new LegalRuleViolationException("publishedReferenceRequired");
    }
    if (unpublished != null && resolution == Resolution.REFUSED) {
      throw new LegalRuleViolationException("unpublishedReasonOnlyForReleases");
    }
    if (competent != null && (ground == null || !ground.code().equals("NOT_AVAILABLE"))) {
      throw new LegalRuleViolationException("competentBodyOnlyWhenNotAvailable");
    }
    return new DecisionRecord(
        resolution,
        ground == null ? null : ground.code(),
        exemptions,
        justification,
        published,
        withheld,
        message,
        competent,
        unpublished);
  }

  /** The release gate: no decision leaves with a blocked document, and a refusal releases none. */
  private void requireDocumentsReleasable(InformationRequest request, Resolution resolution) {
    List<ReleaseDocument> attached = documents.attachedTo(request.id());
    if (resolution == Resolution.REFUSED && !attached.isEmpty()) {
      throw new LegalRuleViolationException("documentsWithRefusal", attached.size());
    }
    List<String> blocked =
        attached.stream()
            .filter(d -> !d.gateStatus().releasable())
            .map(ReleaseDocument::fileName)
            .toList();
    if (!blocked.isEmpty()) {
      throw new LegalRuleViolationException("documentsBlocked", String.join(", ", blocked));
    }
  }

  @Override
  public RequestView forward(String reference, Forwarding in) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    InputCheck check = new InputCheck();
    Body target = bodyLookup.active(check, "bodyCode", in.bodyCode());
    String message = check.text("message", in.message(), false, TEXT_LIMIT);
    check.done();
    if (target.id().equals(request.body().id())) {
      throw new LegalRuleViolationException("forwardToSameBody");
    }
    requireAwaitingDecision(request);
    Instant now = clock.instant();
    InformationRequest forwarded =
        reception.receive(
            new Reception.Arrival(
                target,
                request.requester(),
                request.requesterDetails(),
                new RequestContent(
                    request.subject(),
                    request.description(),
                    request.treatedAsUrgent(),
                    request.treatedAsUrgent() ? request.urgencyReason() : null,
                    request.deliveryMode(),
                    request.language()),
                Channel.FORWARDED,
                now,
                law.dayOf(now),
                null,
                EventType.REQUEST_FILED),
            now);
    forwarded.forwardedFrom(request);
    request.forwardTo(forwarded, officer, now);
    var context =
        Jsons.createObjectBuilder()
            .add("bodyCode", target.code())
            .add("forwardedTo", forwarded.reference())
            .add("dueDate", forwarded.dueDate().toString());
    if (message != null) {
      context.add("message", message);
    }
    event(request, officer, EventType.REQUEST_FORWARDED, context);
    workflow.forwarded(request);
    return access.view(request, officer);
  }

  @Override
  public RequestView review(String reference, Review in) {
    Account reviewer = callers.require();
    InformationRequest request = access.visibleForChange(reference, reviewer);
    if (!reviewer.holdsFor(Role.LEGAL_REVIEWER, request.body())) {
      throw new ActionNotAllowedException("legalReviewersOnly");
    }
    if (request.decidedBy() != null && request.decidedBy().id().equals(reviewer.id())) {
      // Four eyes: whoever recorded a refusal does not approve it.
      throw new ActionNotAllowedException("reviewerMadeTheDecision");
    }
    InputCheck check = new InputCheck();
    boolean approved = check.flag("approved", in.approved());
    String comment =
        check.text("comment", in.comment(), in.approved() != null && !approved, TEXT_LIMIT);
    check.done();
    if (request.status() != RequestStatus.AWAITING_REVIEW) {
      throw new StateConflictException("requestNotAwaitingReview", request.status().name());
    }
    Instant now = clock.instant();
    var context = Jsons.createObjectBuilder();
    if (comment != null) {
      context.add("comment", comment);
    }
    if (approved) {
      request.approveDecision(now);
      event(request, reviewer, EventType.DECISION_APPROVED, context);
    } else {
      request.returnDecision(comment, now);
      event(request, reviewer, EventType.DECISION_RETURNED, context);
    }
    workflow.reviewed(request, approved);
    return access.view(request, reviewer);
  }

  private InformationRequest officerRequest(String reference, Account officer) {
    InformationRequest request = access.visibleForChange(reference, officer);
    if (!officer.holdsFor(Role.OFFICER, request.body())) {
      throw new ActionNotAllowedException("officersOnly");
    }
    return request;
  }

  private static void requireAwaitingDecision(InformationRequest request) {
    if (!request.status().awaitsDecision()) {
      throw new StateConflictException("requestNotAwaitingDecision", request.status().name());
    }
  }

  private void moveDeadline(InformationRequest request, LegalClock legalClock, Instant now) {
    workflow.moveDeadline(
        request, legalCalendar.endOf(request.dueDate()), reminders.next(request, legalClock, now));
  }

  private void event(
      InformationRequest request, Account actor, EventType type, JsonObjectBuilder context) {
    eventLog.record(request, actor, type, context);
  }
}
