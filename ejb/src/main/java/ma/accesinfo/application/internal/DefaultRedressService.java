package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.LegalRuleViolationException;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RedressService;
import ma.accesinfo.application.RedressWorkflow;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.complaint.CommissionChannel;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.CommissionComplaintStatus;
import ma.accesinfo.domain.model.complaint.ComplaintBasis;
import ma.accesinfo.domain.model.complaint.ComplaintRepository;
import ma.accesinfo.domain.model.complaint.ComplianceStatus;
import ma.accesinfo.domain.model.complaint.HeadComplaint;
import ma.accesinfo.domain.model.complaint.HeadComplaintStatus;
import ma.accesinfo.domain.model.complaint.HeadDecision;
import ma.accesinfo.domain.model.complaint.ObservationRequest;
import ma.accesinfo.domain.model.complaint.Recommendation;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.openness.RefusalRegister;
import ma.accesinfo.domain.model.request.Channel;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.Resolution;
import ma.accesinfo.domain.model.shared.Jsons;
import ma.accesinfo.domain.model.shared.ReferenceNumbers;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultRedressService implements RedressService {

  static final int LIST_LIMIT = 200;
  static final int TEXT_LIMIT = 20_000;

  @Inject Disclosures disclosures;
  @Inject RefusalRegister refusals;
  @Inject Callers callers;
  @Inject RequestAccess access;
  @Inject ComplaintRepository complaints;
  @Inject InformationRequestRepository requests;
  @Inject RedressWindows windows;
  @Inject RedressWorkflow workflow;
  @Inject ma.accesinfo.application.RequestWorkflow requestWorkflow;
  @Inject LegalCalendar legalCalendar;
  @Inject ReferenceNumbers references;
  @Inject AccessLaw law;
  @Inject Clock clock;
  @Inject EventLog eventLog;
  @Inject Notifications notifications;

  // --- the complaint to the head of the body (Art. 19) ---------------------------------------

  @Override
  public HeadComplaintView complainToHead(String requestReference, ComplaintText in) {
    Account requester = callers.require();
    InformationRequest request = requestOf(requester, requestReference);
    InputCheck check = new InputCheck();
    String grounds = check.text("grounds", in.grounds(), true, TEXT_LIMIT);
    check.done();
    if (complaints.headComplaintOf(request).isPresent()) {
      throw new StateConflictException("complaintAlreadyFiled");
    }
    Instant now = clock.instant();
    return view(
        receiveHeadComplaint(
            request, requester, Channel.ONLINE, null, grounds, now, law.dayOf(now)),
        requester);
  }

  @Override
  public HeadComplaintView registerHeadComplaint(HeadComplaintRegistration in) {
    Account staff = callers.require();
    InputCheck check = new InputCheck();
    String requestReference = check.text("requestReference", in.requestReference(), true, 20);
    Channel channel = check.choice("channel", in.channel(), true, Channel.class);
    if (channel != null && !channel.takenInByStaff()) {
      check.add("channel", "invalidChoice", "COUNTER, POST, EMAIL");
    }
    if (in.receivedOn() == null) {
      check.add("receivedOn", "required");
    }
    String grounds = check.text("grounds", in.grounds(), true, TEXT_LIMIT);
    check.done();
    InformationRequest request = access.visibleForChange(requestReference, staff);
    Body body = request.body();
    if (!staff.holdsFor(Role.OFFICER, body) && !staff.holdsFor(Role.HEAD, body)) {
      throw new ActionNotAllowedException("bodyStaffOnly");
    }
    Instant now = clock.instant();
    Instant receivedAt = legalCalendar.receiptDatedByStaff(in.receivedOn(), now);
    return view(
        receiveHeadComplaint(request, null, channel, staff, grounds, receivedAt, in.receivedOn()),
        staff);
  }

  private HeadComplaint receiveHeadComplaint(
      InformationRequest request,
      Account complainant,
      Channel channel,
      Account registeredBy,
      String grounds,
      Instant receivedAt,
      LocalDate receivedOn) {
    if (complaints.headComplaintOf(request).isPresent()) {
      throw new StateConflictException("complaintAlreadyFiled");
    }
    ComplaintBasis basis = windows.headComplaintBasis(request);
    windows.require(
        windows.headComplaintWindow(request),
        receivedOn,
        "complaintWindowNotOpen",
        "complaintWindowClosed");
    Instant now = clock.instant();
    LocalDate due = legalCalendar.clock().lastDay(receivedOn, law.headDecisionPeriod());
    HeadComplaint complaint =
        new HeadComplaint(
            references.next(ReferenceNumbers.HEAD_COMPLAINT, receivedOn.getYear()),
            request,
            complainant != null ? complainant : request.requester(),
            channel,
            registeredBy,
            basis,
            grounds,
            receivedAt,
            receivedOn,
            due);
    complaints.store(complaint);
    Instant deadline = legalCalendar.endOf(due);
    Instant reminder = legalCalendar.endOf(due.minusDays(3));
    complaint.attachProcess(
        workflow.startHeadComplaint(
            complaint, deadline, reminder.isAfter(now) ? reminder : deadline));
    event(
        request,
        complainant != null ? complainant : registeredBy,
        EventType.COMPLAINT_TO_HEAD_FILED,
        Jsons.createObjectBuilder()
            .add("complaint", complaint.reference())
            .add("channel", channel.name())
            .add("basis", basis.name())
            .add("decisionDue", due.toString()));
    notifications.headComplaintReceived(complaint);
    return complaint;
  }

  @Override
  public HeadComplaintView decideHeadComplaint(String reference, HeadDecisionInput in) {
    Account head = callers.require();
    HeadComplaint complaint = visibleHeadComplaintForChange(reference, head);
    Body body = complaint.request().body();
    if (!head.holdsFor(Role.HEAD, body)) {
      throw new ActionNotAllowedException("headsOnly");
    }
    InputCheck check = new InputCheck();
    HeadDecision decision = check.choice("decision", in.decision(), true, HeadDecision.class);
    String reasons = check.text("reasons", in.reasons(), true, TEXT_LIMIT);
    if (decision != null && decision != HeadDecision.UPHELD && in.releaseDueDate() == null) {
      check.add("releaseDueDate", "required");
    }
    check.done();
    if (complaint.status() != HeadComplaintStatus.AWAITING_DECISION) {
      throw new StateConflictException("complaintAlreadyDecided");
    }
    Instant now = clock.instant();
    LocalDate release = decision == HeadDecision.UPHELD ? null : in.releaseDueDate();
    if (release != null) {
      DueDates.requireAheadWithinAYear(release, law.dayOf(now), "releaseDueInPast");
    }
    complaint.decide(decision, reasons, release, head, now);
    JsonObjectBuilder context =
        Jsons.createObjectBuilder()
            .add("complaint", complaint.reference())
            .add("decision", decision.name())
            .add("reasons", reasons)
            .add("late", complaint.overdue());
    if (release != null) {
      context.add("releaseDueDate", release.toString());
    }
    event(complaint.request(), head, EventType.COMPLAINT_DECIDED_BY_HEAD, context);
    enterOutcome(complaint.request(), RefusalRegister.Kind.HEAD_DECISION, decision.name(), now);
    workflow.headDecided(complaint, release == null ? null : legalCalendar.endOf(release));
    notifications.headDecided(complaint, windows.commissionWindow(complaint).ends());
    return view(complaint, head);
  }

  @Override
  public HeadComplaintView recordRelease(String reference, ReleaseInput in) {
    Account officer = callers.require();
    HeadComplaint complaint = visibleHeadComplaintForChange(reference, officer);
    if (!officer.holdsFor(Role.OFFICER, complaint.request().body())) {
      throw new ActionNotAllowedException("officersOnly");
    }
    InputCheck check = new InputCheck();
    String message = check.text("message", in.message(), true, TEXT_LIMIT);
    check.done();
    if (complaint.status() != HeadComplaintStatus.AWAITING_RELEASE) {
      throw new StateConflictException("noReleaseAwaited");
    }
    Instant now = clock.instant();
    complaint.recordRelease(message, officer, now);
    InformationRequest request = requests.findForChange(complaint.request().id()).orElseThrow();
    boolean stillOpen = !request.status().closed();
    request.answerAfterComplaint(
        complaint.decision() == HeadDecision.OVERTURNED
            ? Resolution.GRANTED
            : Resolution.PARTIALLY_GRANTED,
        message,
        officer,
        now);
    if (stillOpen) {
      requestWorkflow.end(request, "answered after complaint " + complaint.reference());
    }
    disclosures.publish(request, now);
    event(
        complaint.request(),
        officer,
        EventType.INFORMATION_RELEASED,
        Jsons.createObjectBuilder()
            .add("complaint", complaint.reference())
            .add("message", message)
            .add("late", complaint.releaseOverdue()));
    workflow.informationReleased(complaint);
    return view(complaint, officer);
  }

  @Override
  public HeadComplaintView findHeadComplaint(String reference) {
    Account caller = callers.require();
    return view(visibleHeadComplaint(reference, caller), caller);
  }

  @Override
  public List<HeadComplaintView> listHeadComplaints() {
    Account caller = callers.require();
    List<Long> bodies = access.staffBodyIds(caller);
    List<HeadComplaint> found =
        !bodies.isEmpty()
            ? complaints.headComplaintsAgainst(bodies, LIST_LIMIT)
            : complaints.headComplaintsFiledBy(caller.id(), LIST_LIMIT);
    return found.stream().map(c -> view(c, caller)).toList();
  }

  // --- the complaint to the Commission (Art. 20) ---------------------------------------------

  @Override
  public CommissionComplaintView complainToCommission(String requestReference, ComplaintText in) {
    Account requester = callers.require();
    InformationRequest request = requestOf(requester, requestReference);
    InputCheck check = new InputCheck();
    String grounds = check.text("grounds", in.grounds(), true, TEXT_LIMIT);
    check.done();
    Instant now = clock.instant();
    return receiveCommissionComplaint(
        request, requester, CommissionChannel.ONLINE, null, grounds, now, law.dayOf(now));
  }

  @Override
  public CommissionComplaintView registerCommissionComplaint(CommissionRegistration in) {
    Account member = commissionMember();
    InputCheck check = new InputCheck();
    String requestReference = check.text("requestReference", in.requestReference(), true, 20);
    CommissionChannel channel =
        check.choice("channel", in.channel(), true, CommissionChannel.class);
    if (channel == CommissionChannel.ONLINE) {
      check.add("channel", "invalidChoice", "REGISTERED_POST, EMAIL, IN_PERSON");
    }
    if (in.receivedOn() == null) {
      check.add("receivedOn", "required");
    }
    String identity =
        check.text("complainantIdentityNumber", in.complainantIdentityNumber(), true, 30);
    String grounds = check.text("grounds", in.grounds(), true, TEXT_LIMIT);
    check.done();
    Instant now = clock.instant();
    Instant receivedAt = legalCalendar.receiptDatedByStaff(in.receivedOn(), now);
    // The complaint must name the request and its requester's identity document: without both,
    // the request is treated as unknown, so that nothing is learnt of requests not before us.
    InformationRequest request =
        requests
            .findByReferenceForChange(requestReference.toUpperCase(Locale.ROOT))
            .filter(r -> identifies(r, identity))
            .orElseThrow(() -> new RecordNotFoundException("requestNotFound", requestReference));
    return receiveCommissionComplaint(
        request, null, channel, member, grounds, receivedAt, in.receivedOn());
  }

  private static boolean identifies(InformationRequest request, String identityNumber) {
    String given = identityNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return given.equals(request.requesterDetails().nationalId())
        || given.equals(request.requesterDetails().residenceDocumentNumber());
  }

  private CommissionComplaintView receiveCommissionComplaint(
      InformationRequest request,
      Account requester,
      CommissionChannel channel,
      Account registeredBy,
      String grounds,
      Instant receivedAt,
      LocalDate receivedOn) {
    HeadComplaint headComplaint =
        complaints
            .headComplaintOf(request)
            .orElseThrow(() -> new LegalRuleViolationException("headComplaintFirst"));
    if (complaints.liveCommissionComplaintOf(request).isPresent()) {
      throw new StateConflictException("complaintAlreadyFiled");
    }
    windows.require(
        windows.commissionWindow(headComplaint),
        receivedOn,
        "commissionWindowNotOpen",
        "commissionWindowClosed");
    LocalDate due = legalCalendar.clock().lastDay(receivedOn, law.commissionPeriod());
    CommissionComplaint complaint =
        new CommissionComplaint(
            references.next(ReferenceNumbers.COMMISSION_COMPLAINT, receivedOn.getYear()),
            headComplaint,
            requester != null ? requester : request.requester(),
            channel,
            registeredBy,
            grounds,
            receivedAt,
            receivedOn,
            due);
    complaints.store(complaint);
    complaint.attachProcess(workflow.startCommissionComplaint(complaint, legalCalendar.endOf(due)));
    notifications.commissionComplaintReceived(complaint);
    Account actor = requester != null ? requester : registeredBy;
    event(
        request,
        actor,
        EventType.COMMISSION_COMPLAINT_FILED,
        Jsons.createObjectBuilder()
            .add("complaint", complaint.reference())
            .add("channel", channel.name())
            .add("receivedOn", receivedOn.toString())
            .add("answerDue", due.toString()));
    return view(complaint, actor);
  }

  @Override
  public CommissionComplaintView decideAdmissibility(String reference, AdmissibilityInput in) {
    Account member = callers.require();
    CommissionComplaint complaint = visibleCommissionComplaintForChange(reference, member);
    requireCommission(member);
    InputCheck check = new InputCheck();
    boolean admissible = check.flag("admissible", in.admissible());
    String reason =
        check.text("reason", in.reason(), in.admissible() != null && !admissible, TEXT_LIMIT);
    check.done();
    requireStatus(complaint, CommissionComplaintStatus.AWAITING_ADMISSIBILITY);
    Instant now = clock.instant();
    JsonObjectBuilder context = Jsons.createObjectBuilder().add("complaint", complaint.reference());
    if (admissible) {
      complaint.admit(now);
      event(complaint.request(), member, EventType.COMMISSION_COMPLAINT_ADMITTED, context);
    } else {
      complaint.rejectAsInadmissible(reason, now);
      event(
          complaint.request(),
          member,
          EventType.COMMISSION_COMPLAINT_INADMISSIBLE,
          context.add("reason", reason));
    }
    workflow.admissibilityDecided(complaint, admissible);
    if (!admissible) {
      notifications.commissionAnswered(complaint, windows.courtWindow(complaint).ends());
    }
    return view(complaint, member);
  }

  @Override
  public CommissionComplaintView requestObservations(String reference, ObservationRequestInput in) {
    Account member = callers.require();
    CommissionComplaint complaint = visibleCommissionComplaintForChange(reference, member);
    requireCommission(member);
    InputCheck check = new InputCheck();
    String question = check.text("question", in.question(), true, TEXT_LIMIT);
    if (in.dueDate() == null) {
      check.add("dueDate", "required");
    }
    check.done();
    requireStatus(complaint, CommissionComplaintStatus.UNDER_INVESTIGATION);
    Instant now = clock.instant();
    DueDates.requireAheadWithinAYear(in.dueDate(), law.dayOf(now), "observationsDueInPast");
    complaints.store(new ObservationRequest(complaint, question, in.dueDate(), member.id(), now));
    complaint.awaitObservations(now);
    event(
        complaint.request(),
        member,
        EventType.OBSERVATIONS_REQUESTED,
        Jsons.createObjectBuilder()
            .add("complaint", complaint.reference())
            .add("dueDate", in.dueDate().toString()));
    workflow.observationsRequested(complaint, legalCalendar.endOf(in.dueDate()));
    return view(complaint, member);
  }

  @Override
  public CommissionComplaintView answerObservations(String reference, ObservationsInput in) {
    Account staff = callers.require();
    CommissionComplaint complaint = visibleCommissionComplaintForChange(reference, staff);
    Body body = complaint.request().body();
    if (!staff.holdsFor(Role.OFFICER, body) && !staff.holdsFor(Role.HEAD, body)) {
      throw new ActionNotAllowedException("bodyStaffOnly");
    }
    InputCheck check = new InputCheck();
    String answer = check.text("answer", in.answer(), true, TEXT_LIMIT);
    String documents = check.text("documents", in.documents(), false, TEXT_LIMIT);
    check.done();
    ObservationRequest open =
        complaints
            .openObservationRequest(complaint)
            .filter(o -> complaint.status() == CommissionComplaintStatus.AWAITING_OBSERVATIONS)
            .orElseThrow(() -> new StateConflictException("noObservationsAwaited"));
    Instant now = clock.instant();
    open.answer(answer, documents, staff.id(), now);
    complaint.resumeInvestigation(now);
    event(
        complaint.request(),
        staff,
        EventType.OBSERVATIONS_RECEIVED,
        Jsons.createObjectBuilder().add("complaint", complaint.reference()));
    workflow.observationsReceived(complaint);
    return view(complaint, staff);
  }

  @Override
  public CommissionComplaintView recommend(String reference, RecommendationInput in) {
    Account member = callers.require();
    CommissionComplaint complaint = visibleCommissionComplaintForChange(reference, member);
    requireCommission(member);
    InputCheck check = new InputCheck();
    Recommendation recommendation =
        check.choice("recommendation", in.recommendation(), true, Recommendation.class);
    String reasons = check.text("reasons", in.reasons(), true, TEXT_LIMIT);
    if (recommendation != null
        && recommendation.asksForDisclosure()
        && in.complianceDueDate() == null) {
      check.add("complianceDueDate", "required");
    }
    check.done();
    requireStatus(complaint, CommissionComplaintStatus.UNDER_INVESTIGATION);
    Instant now = clock.instant();
    LocalDate complianceDue = recommendation.asksForDisclosure() ? in.complianceDueDate() : null;
    if (complianceDue != null) {
      DueDates.requireAheadWithinAYear(complianceDue, law.dayOf(now), "complianceDueInPast");
    }
    complaint.recommend(recommendation, reasons, complianceDue, member, now);
    JsonObjectBuilder context =
        Jsons.createObjectBuilder()
            .add("complaint", complaint.reference())
            .add("recommendation", recommendation.name())
            .add("reasons", reasons)
            .add("late", complaint.overdue())
            .add("courtWindowEnds", windows.courtWindow(complaint).ends().toString());
    if (complianceDue != null) {
      context.add("complianceDueDate", complianceDue.toString());
    }
    event(complaint.request(), member, EventType.COMMISSION_RECOMMENDATION, context);
    enterOutcome(
        complaint.request(),
        RefusalRegister.Kind.COMMISSION_RECOMMENDATION,
        recommendation.name(),
        now);
    notifications.commissionAnswered(complaint, windows.courtWindow(complaint).ends());
    workflow.recommended(
        complaint, complianceDue == null ? null : legalCalendar.endOf(complianceDue));
    return view(complaint, member);
  }

  @Override
  public CommissionComplaintView recordCompliance(String reference, ComplianceInput in) {
    Account caller = callers.require();
    CommissionComplaint complaint = visibleCommissionComplaintForChange(reference, caller);
    Body body = complaint.request().body();
    boolean member = caller.holds(Role.COMMISSION);
    boolean bodyStaff = caller.holdsFor(Role.OFFICER, body) || caller.holdsFor(Role.HEAD, body);
    if (!member && !bodyStaff) {
      throw new ActionNotAllowedException("bodyStaffOrCommissionOnly");
    }
    InputCheck check = new InputCheck();
    ComplianceStatus status = check.choice("status", in.status(), true, ComplianceStatus.class);
    if (status == ComplianceStatus.PENDING
        || (status == ComplianceStatus.NOT_COMPLIED && !member)) {
      check.add("status", "invalidChoice", member ? "COMPLIED, NOT_COMPLIED" : "COMPLIED");
    }
    String evidence = check.text("evidence", in.evidence(), true, TEXT_LIMIT);
    check.done();
    if (complaint.complianceStatus() == null) {
      throw new StateConflictException("noComplianceTracked");
    }
    if (complaint.complianceStatus() == ComplianceStatus.COMPLIED) {
      throw new StateConflictException("complianceAlreadyRecorded");
    }
    boolean wasPending = complaint.complianceStatus() == ComplianceStatus.PENDING;
    Instant now = clock.instant();
    if (status == ComplianceStatus.NOT_COMPLIED
        && !law.dayOf(now).isAfter(complaint.complianceDueDate())) {
      throw new LegalRuleViolationException(
          "complianceNotYetDue", complaint.complianceDueDate().toString());
    }
    complaint.recordCompliance(status, evidence, caller, now);
    event(
        complaint.request(),
        caller,
        EventType.COMPLIANCE_RECORDED,
        Jsons.createObjectBuilder()
            .add("complaint", complaint.reference())
            .add("status", status.name())
            .add("evidence", evidence));
    if (wasPending) {
      workflow.complianceRecorded(complaint);
    }
    return view(complaint, caller);
  }

  @Override
  public CommissionComplaintView recordAppeal(String reference, AppealInput in) {
    Account caller = callers.require();
    CommissionComplaint complaint = visibleCommissionComplaintForChange(reference, caller);
    boolean requester = complaint.request().filedBy(caller);
    if (!requester && !access.isStaffOf(caller, complaint.request().body())) {
      throw new ActionNotAllowedException("partiesOnly");
    }
    InputCheck check = new InputCheck();
    if (in.lodgedOn() == null) {
      check.add("lodgedOn", "required");
    }
    String outcome = check.text("outcome", in.outcome(), false, TEXT_LIMIT);
    check.done();
    Instant now = clock.instant();
    RedressWindows.Window court = windows.courtWindow(complaint);
    if (law.dayOf(now).isBefore(court.opens())) {
      throw new LegalRuleViolationException("courtWindowNotOpen", court.opens().toString());
    }
    if (complaint.appealLodgedOn() != null && !complaint.appealLodgedOn().equals(in.lodgedOn())) {
      throw new StateConflictException(
          "appealAlreadyRecorded", complaint.appealLodgedOn().toString());
    }
    if (in.lodgedOn().isAfter(law.dayOf(now)) || in.lodgedOn().isBefore(court.opens())) {
      throw new LegalRuleViolationException(
          "appealDateOutsideWindow", court.opens().toString(), law.dayOf(now).toString());
    }
    complaint.recordAppeal(in.lodgedOn(), outcome, caller, now);
    JsonObjectBuilder context =
        Jsons.createObjectBuilder()
            .add("complaint", complaint.reference())
            .add("lodgedOn", in.lodgedOn().toString())
            .add("inTime", !in.lodgedOn().isAfter(court.ends()));
    if (outcome != null) {
      context.add("outcome", outcome);
    }
    event(complaint.request(), caller, EventType.COURT_APPEAL_RECORDED, context);
    return view(complaint, caller);
  }

  @Override
  public CommissionComplaintView findCommissionComplaint(String reference) {
    Account caller = callers.require();
    return view(visibleCommissionComplaint(reference, caller), caller);
  }

  @Override
  public List<CommissionComplaintView> listCommissionComplaints(String statusText) {
    Account caller = callers.require();
    InputCheck check = new InputCheck();
    CommissionComplaintStatus status =
        check.choice("status", statusText, false, CommissionComplaintStatus.class);
    check.done();
    List<CommissionComplaint> found;
    if (caller.holds(Role.COMMISSION)) {
      found = complaints.allCommissionComplaints(status, LIST_LIMIT);
    } else {
      List<Long> bodies = access.staffBodyIds(caller);
      found =
          (!bodies.isEmpty()
                  ? complaints.commissionComplaintsAgainst(bodies, LIST_LIMIT)
                  : complaints.commissionComplaintsFiledBy(caller.id(), LIST_LIMIT))
              .stream().filter(c -> status == null || c.status() == status).toList();
    }
    return found.stream().map(c -> view(c, caller)).toList();
  }

  /** What the head or the Commission decided about a refusal goes to the public register too. */
  private void enterOutcome(
      InformationRequest request, RefusalRegister.Kind kind, String outcome, Instant at) {
    refusals.enter(
        new RefusalRegister.NewEntry(
            at,
            kind,
            request.id(),
            request.body().id(),
            law.dayOf(at),
            null,
            null,
            List.of(),
            null,
            outcome));
  }

  /** The caller's own request; complaints about a request are the requester's to make online. */
  private InformationRequest requestOf(Account requester, String requestReference) {
    InformationRequest request = access.visibleForChange(requestReference, requester);
    if (!request.filedBy(requester)) {
      throw new ActionNotAllowedException("requesterOnly");
    }
    return request;
  }

  // --- access and views -------------------------------------------------------------------

  private HeadComplaint visibleHeadComplaint(String reference, Account caller) {
    return checkVisible(complaints.findHeadComplaint(normalise(reference)), caller, reference);
  }

  /** The complaint, locked against concurrent changes, for a caller who may see it. */
  private HeadComplaint visibleHeadComplaintForChange(String reference, Account caller) {
    return checkVisible(
        complaints.findHeadComplaintForChange(normalise(reference)), caller, reference);
  }

  private HeadComplaint checkVisible(
      java.util.Optional<HeadComplaint> found, Account caller, String reference) {
    HeadComplaint complaint =
        found.orElseThrow(() -> new RecordNotFoundException("complaintNotFound", reference));
    InformationRequest request = complaint.request();
    if (request.filedBy(caller) || access.isInsider(caller, request)) {
      return complaint;
    }
    throw new RecordNotFoundException("complaintNotFound", reference);
  }

  private CommissionComplaint visibleCommissionComplaint(String reference, Account caller) {
    return checkVisibleToCommissionOrParties(
        complaints.findCommissionComplaint(normalise(reference)), caller, reference);
  }

  /** The complaint, locked against concurrent changes, for a caller who may see it. */
  private CommissionComplaint visibleCommissionComplaintForChange(
      String reference, Account caller) {
    return checkVisibleToCommissionOrParties(
        complaints.findCommissionComplaintForChange(normalise(reference)), caller, reference);
  }

  private CommissionComplaint checkVisibleToCommissionOrParties(
      java.util.Optional<CommissionComplaint> found, Account caller, String reference) {
    CommissionComplaint complaint =
        found.orElseThrow(() -> new RecordNotFoundException("complaintNotFound", reference));
    InformationRequest request = complaint.request();
    if (caller.holds(Role.COMMISSION)
        || request.filedBy(caller)
        || access.isStaffOf(caller, request.body())) {
      return complaint;
    }
    throw new RecordNotFoundException("complaintNotFound", reference);
  }

  private Account commissionMember() {
    Account caller = callers.require();
    requireCommission(caller);
    return caller;
  }

  private static void requireCommission(Account caller) {
    if (!caller.holds(Role.COMMISSION)) {
      throw new ActionNotAllowedException("commissionOnly");
    }
  }

  private static void requireStatus(
      CommissionComplaint complaint, CommissionComplaintStatus expected) {
    if (complaint.status() != expected) {
      throw new StateConflictException("complaintNotInStep", complaint.status().name());
    }
  }

  private HeadComplaintView view(HeadComplaint c, Account viewer) {
    RedressWindows.Window commission =
        c.decidedAt() != null || c.overdue() ? windows.commissionWindow(c) : null;
    return new HeadComplaintView(
        c.reference(),
        c.request().reference(),
        c.request().body().code(),
        c.basis().name(),
        c.grounds(),
        c.status().name(),
        c.overdue(),
        c.receivedAt(),
        c.receivedOn(),
        c.dueDate(),
        c.decision() == null ? null : c.decision().name(),
        c.decisionReasons(),
        c.decidedAt(),
        c.releaseDueDate(),
        c.releaseOverdue(),
        c.releasedAt(),
        c.releaseMessage(),
        commission == null ? null : commission.opens(),
        commission == null ? null : commission.ends());
  }

  private CommissionComplaintView view(CommissionComplaint c, Account viewer) {
    boolean insider = viewer.holds(Role.COMMISSION) || access.isStaffOf(viewer, c.request().body());
    RedressWindows.Window court =
        c.answeredAt() != null || c.overdue() ? windows.courtWindow(c) : null;
    List<ObservationView> observations =
        complaints.observationRequests(c).stream()
            .map(
                o ->
                    new ObservationView(
                        o.question(),
                        o.dueDate(),
                        o.requestedAt(),
                        insider ? o.answer() : null,
                        insider ? o.documents() : null,
                        o.answeredAt()))
            .toList();
    return new CommissionComplaintView(
        c.reference(),
        c.request().reference(),
        c.headComplaint().reference(),
        c.request().body().code(),
        c.channel().name(),
        c.grounds(),
        c.status().name(),
        c.overdue(),
        c.receivedAt(),
        c.receivedOn(),
        c.dueDate(),
        c.inadmissibilityReason(),
        c.recommendation() == null ? null : c.recommendation().name(),
        c.recommendationReasons(),
        c.recommendedAt(),
        c.complianceDueDate(),
        c.complianceStatus() == null ? null : c.complianceStatus().name(),
        c.complianceEvidence(),
        court == null ? null : court.ends(),
        c.appealLodgedOn(),
        c.appealOutcome(),
        observations);
  }

  private void event(
      InformationRequest request, Account actor, EventType type, JsonObjectBuilder context) {
    eventLog.record(request, actor, type, context);
  }

  private static String normalise(String reference) {
    return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
  }
}
