package ma.accesinfo.domain.model.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** Tells which days the administration works, and why it does not on the others. */
public interface WorkingDayCalendar {

  /** Why the administration does not work that day; empty on a working day. */
  Optional<DayOff> dayOff(LocalDate day);

  default boolean isWorkingDay(LocalDate day) {
    return dayOff(day).isEmpty();
  }
}
