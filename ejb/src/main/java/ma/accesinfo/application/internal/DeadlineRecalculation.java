package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import ma.accesinfo.application.RequestWorkflow;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestEvent;

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
  @Inject Clock clock;

  /** The last day of the first reply period (Art. 16, or Art. 17 for an urgent request). */
  public LocalDate firstDueDate(InformationRequest request, LegalClock legalClock) {
    return legalClock.lastDay(request.receivedOn(), law.replyPeriod(request.treatedAsUrgent()));
  }

  /** The last day of the reply period, extended or not. */
  public LocalDate dueDate(
      InformationRequest request, LocalDate firstDueDate, LegalClock legalClock) {
    return request.extended()
        ? legalClock.lastDay(firstDueDate, law.extensionPeriod())
        : firstDueDate;
  }

  /** Computes again the deadlines the change of that day may move; returns how many moved. */
  public int afterCalendarChange(LocalDate day, String reason) {
    LegalClock legalClock = legalCalendar.clock();
    Instant now = clock.instant();
    int moved = 0;
    for (InformationRequest request : requests.runningOnTimeAcross(day)) {
      LocalDate first = firstDueDate(request, legalClock);
      LocalDate due = dueDate(request, first, legalClock);
      if (due.equals(request.dueDate()) && first.equals(request.firstDueDate())) {
        continue;
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
              Json.createObjectBuilder()
                  .add("previousDueDate", previous.toString())
                  .add("dueDate", due.toString())
                  .add("calendarDay", day.toString())
                  .add("reason", reason)
                  .build()
                  .toString()));
      moved++;
    }
    return moved;
  }
}
