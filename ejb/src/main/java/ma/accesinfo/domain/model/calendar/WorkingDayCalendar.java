package ma.accesinfo.domain.model.calendar;

import java.time.LocalDate;

/** Tells which days the administration works. */
public interface WorkingDayCalendar {

  boolean isWorkingDay(LocalDate day);
}
