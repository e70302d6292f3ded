package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.InformationRequest;

/** When the officers are reminded of a request: at 9:00 on the configured working days before. */
@ApplicationScoped
public class Reminders {

  static final LocalTime REMINDER_TIME = LocalTime.of(9, 0);

  @Inject ProcedureSettings settings;
  @Inject AccessLaw law;

  /** The next reminder after {@code now}, or null when none is left. */
  public Instant next(InformationRequest request, LegalClock clock, Instant now) {
    for (int before : settings.reminderWorkingDaysBeforeDue()) {
      Instant at =
          clock
              .workingDaysBefore(request.dueDate(), before)
              .atTime(REMINDER_TIME)
              .atZone(law.zone())
              .toInstant();
      if (at.isAfter(now)) {
        return at;
      }
    }
    return null;
  }
}
