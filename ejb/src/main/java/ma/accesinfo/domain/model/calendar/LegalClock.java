package ma.accesinfo.domain.model.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Computes the last day of a legal period. The law does not say how days are counted; the rule kept
 * here is the one of Art. 512 of the Code of Civil Procedure: the day the period starts from (the
 * day of receipt) is not counted, the period ends at the end of its last day, and a period that
 * would end on a non-working day ends on the next working day.
 */
public final class LegalClock {

  private final WorkingDayCalendar calendar;

  public LegalClock(WorkingDayCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar);
  }

  /** The last day of the period that starts from {@code start}, which itself is not counted. */
  public LocalDate lastDay(LocalDate start, LegalPeriod period) {
    return switch (period.unit()) {
      case WORKING_DAYS -> addWorkingDays(start, period.length());
      case DAYS -> nextWorkingDayFrom(start.plusDays(period.length()));
    };
  }

  private LocalDate addWorkingDays(LocalDate start, int count) {
    LocalDate day = start;
    int counted = 0;
    while (counted < count) {
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  private LocalDate nextWorkingDayFrom(LocalDate day) {
    LocalDate result = day;
    while (!calendar.isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }
}
