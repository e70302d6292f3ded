package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ma.accesinfo.application.RequestLifecycle;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.openness.RefusalRegister;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestStatus;
import ma.accesinfo.domain.model.request.Resolution;
import ma.accesinfo.domain.model.shared.Jsons;

@Stateless
public class DefaultRequestLifecycle implements RequestLifecycle {

  @Inject Disclosures disclosures;
  @Inject RefusalRegister refusals;
  @Inject InformationRequestRepository requests;
  @Inject LegalCalendar legalCalendar;
  @Inject DecisionLetters letters;
  @Inject Reminders reminders;
  @Inject DeadlineRecalculation deadlines;
  @Inject AccessLaw law;
  @Inject Clock clock;
  @Inject EventLog eventLog;
  @Inject Notifications notifications;

  @Override
  public void releaseDecision(long requestId) {
    InformationRequest request = load(requestId);
    Instant now = clock.instant();
    LocalDate complaintWindowEnds =
        legalCalendar.clock().lastDay(law.dayOf(now), law.complaintToHeadWindow());
    request.releaseDecision(letters.write(request, complaintWindowEnds), now);
    eventLog.record(
        request,
        null,
        EventType.DECISION_RELEASED,
        Jsons.createObjectBuilder()
            .add("resolution", request.resolution().name())
            .add("complaintWindowEnds", complaintWindowEnds.toString()));
    notifications.decision(request, complaintWindowEnds);
    disclosures.publish(request, now);
    if (request.resolution() == Resolution.REFUSED
        || request.resolution() == Resolution.PARTIALLY_GRANTED) {
      // Every refusal is justified in public once it has left, without the requester
      refusals.enter(
          new RefusalRegister.NewEntry(
              now,
              RefusalRegister.Kind.DECISION,
              request.id(),
              request.body().id(),
              law.dayOf(now),
              request.resolution().name(),
              request.refusalGround(),
              List.copyOf(request.exemptions()),
              request.publicJustification(),
              null));
    }
  }

  @Override
  public void markOverdue(long requestId) {
    InformationRequest request = load(requestId);
    Instant now = clock.instant();
    if (request.markOverdue(now)) {
      LocalDate complaintWindowEnds =
          legalCalendar.clock().lastDay(request.dueDate(), law.complaintToHeadWindow());
      eventLog.record(
          request,
          null,
          EventType.REQUEST_OVERDUE,
          Jsons.createObjectBuilder()
              .add("dueDate", request.dueDate().toString())
              .add("complaintWindowEnds", complaintWindowEnds.toString()));
      // The head hears of it in the next morning's list (DailyDigest), with the body's others
      notifications.overdue(request, complaintWindowEnds);
    }
  }

  @Override
  public Instant remindOfficers(long requestId) {
    InformationRequest request = load(requestId);
    if (!request.runsOnTime()) {
      return null;
    }
    Instant now = clock.instant();
    LegalClock legalClock = legalCalendar.clock();
    eventLog.record(
        request,
        null,
        EventType.OFFICERS_REMINDED,
        Jsons.createObjectBuilder()
            .add("dueDate", request.dueDate().toString())
            .add(
                "workingDaysLeft",
                legalClock.workingDaysBetween(law.dayOf(now), request.dueDate())));
    notifications.remindOfficers(
        request, legalClock.workingDaysBetween(law.dayOf(now), request.dueDate()));
    return reminders.next(request, legalClock, now);
  }

  @Override
  public void clarificationUnanswered(long requestId) {
    InformationRequest request = load(requestId);
    if (request.status() != RequestStatus.AWAITING_CLARIFICATION) {
      return;
    }
    Instant now = clock.instant();
    request.resumeAssessment(now);
    int paused =
        requests
            .openClarification(request)
            .map(
                c -> {
                  c.lapse(now);
                  return deadlines.releaseAfterClarification(request, c.askedAt(), now);
                })
            .orElse(0);
    eventLog.record(
        request,
        null,
        EventType.CLARIFICATION_UNANSWERED,
        Jsons.createObjectBuilder()
            .add("dueDate", request.dueDate().toString())
            .add("clockPausedWorkingDays", paused));
  }

  @Override
  public void consultationUnanswered(long requestId) {
    InformationRequest request = load(requestId);
    if (request.status() != RequestStatus.AWAITING_THIRD_PARTY) {
      return;
    }
    Instant now = clock.instant();
    request.resumeAssessment(now);
    requests.openConsultation(request).ifPresent(c -> c.lapse(now));
    eventLog.record(request, null, EventType.THIRD_PARTY_UNANSWERED, Jsons.createObjectBuilder());
  }

  private InformationRequest load(long requestId) {
    return requests
        .findForChange(requestId)
        .orElseThrow(() -> new IllegalStateException("no request with id " + requestId));
  }
}
