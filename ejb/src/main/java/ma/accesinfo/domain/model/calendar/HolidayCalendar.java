package ma.accesinfo.domain.model.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The working week, with the non-working days of a table of holidays and closures. */
public final class HolidayCalendar implements WorkingDayCalendar {

  private final Map<LocalDate, DayOff> daysOff;

  public HolidayCalendar(Map<LocalDate, DayOff> daysOff) {
    this.daysOff = Map.copyOf(daysOff);
  }

  @Override
  public Optional<DayOff> dayOff(LocalDate day) {
    DayOff off = daysOff.get(day);
    if (off != null) {
      return Optional.of(off);
    }
    return WeekdayCalendar.isWeekend(day) ? Optional.of(DayOff.WEEKEND) : Optional.empty();
  }
}
