package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.RequestWorkflow;
import ma.accesinfo.domain.model.calendar.DeadlineRecalculations;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.calendar.LegalPeriod;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestEvent;
import ma.accesinfo.domain.model.shared.Jsons;

/**
 * Computes a request's deadlines from its receipt, its urgency and its extension, and computes them
 * again for every running request a change of the legal calendar touches: the dates move, the
 * engine's timers move with them, and each case records why. A deadline that already passed is left
 * alone: nothing expired is revived.
 */
@ApplicationScoped
public class DeadlineRecalculation {

  @Inject InformationRequestRepository requests;
  @Inject LegalCalendar legalCalendar;
  @Inject RequestWorkflow workflow;
  @Inject Reminders reminders;
  @Inject AccessLaw law;
  @Inject ProcedureSettings settings;
  @Inject Clock clock;
  @Inject DeadlineRecalculations recalculations;
  @Inject Event<DeadlinesToRecompute> toRecompute;

  /** The last day of the first reply period (Art. 16, or Art. 17 for an urgent request). */
  public LocalDate firstDueDate(InformationRequest request, LegalClock legalClock) {
    return legalClock.lastDay(request.receivedOn(), law.replyPeriod(request.treatedAsUrgent()));
  }

  /** The last day of the reply period: the first period, extended or not, and any pause. */
  public LocalDate dueDate(
      InformationRequest request, LocalDate firstDueDate, LegalClock legalClock) {
    return dueDate(request, firstDueDate, request.extended(), legalClock);
  }

  /** The last day of the reply period once extended (Art. 16), with any pause. */
  public LocalDate extendedDueDate(InformationRequest request, LegalClock legalClock) {
    return dueDate(request, request.firstDueDate(), true, legalClock);
  }

  private LocalDate dueDate(
      InformationRequest request, LocalDate firstDueDate, boolean extended, LegalClock legalClock) {
    LocalDate due =
        extended ? legalClock.lastDay(firstDueDate, law.extensionPeriod()) : firstDueDate;
    int paused = request.pausedWorkingDays();
    return paused > 0 ? legalClock.lastDay(due, LegalPeriod.workingDays(paused)) : due;
  }

  /**
   * Where the installation says waiting for a clarification stops the clock, the deadline stands
   * still while the requester is asked. Returns whether it does.
   */
  public boolean holdForClarification(InformationRequest request) {
    if (!settings.clarificationPausesClock() || !request.runsOnTime()) {
      return false;
    }
    workflow.suspendDeadline(request);
    return true;
  }

  /**
   * The clarification is over, answered or not: where the clock stood still, the period grows by
   * the working days the requester was waited for and the deadline runs again. Returns the days.
   */
  public int releaseAfterClarification(InformationRequest request, Instant askedAt, Instant now) {
    if (!settings.clarificationPausesClock() || !request.runsOnTime()) {
      return 0;
    }
    LegalClock legalClock = legalCalendar.clock();
    int waited = legalClock.workingDaysBetween(law.dayOf(askedAt), law.dayOf(now));
    request.pauseClock(waited, request.dueDate(), now);
    LocalDate due = dueDate(request, request.firstDueDate(), legalClock);
    request.moveDeadline(request.firstDueDate(), due, now);
    workflow.resumeDeadline(
        request, legalCalendar.endOf(due), reminders.next(request, legalClock, now));
    return waited;
  }

  /**
   * Records that the deadlines the change of that day may move are to be computed again: once the
   * change is committed, they are, in the background, batch by batch ({@link
   * DeadlineRecalculationRunner}).
   */
  public void afterCalendarChange(LocalDate day, String reason) {
    long id = recalculations.request(day, reason, clock.instant());
    toRecompute.fire(new DeadlinesToRecompute(id));
  }

  /**
   * Computes again the deadlines of a request whose period spans the changed day; where they move,
   * the engine's timers move with them and the request records why. Returns whether they moved.
   */
  boolean recompute(
      InformationRequest request,
      LocalDate day,
      String reason,
      LegalClock legalClock,
      Instant now) {
    LocalDate first = firstDueDate(request, legalClock);
    LocalDate due = dueDate(request, first, legalClock);
    if (due.equals(request.dueDate()) && first.equals(request.firstDueDate())) {
      return false;
    }
    LocalDate previous = request.dueDate();
    request.moveDeadline(first, due, now);
    workflow.moveDeadline(
        request, legalCalendar.endOf(due), reminders.next(request, legalClock, now));
    requests.append(
        new RequestEvent(
            request,
            now,
            null,
            EventType.DEADLINE_RECOMPUTED,
            Jsons.createObjectBuilder()
                .add("previousDueDate", previous.toString())
                .add("dueDate", due.toString())
                .add("calendarDay", day.toString())
                .add("reason", reason)
                .build()
                .toString()));
    return true;
  }
}
