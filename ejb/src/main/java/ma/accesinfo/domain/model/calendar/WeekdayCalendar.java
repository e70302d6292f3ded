package ma.accesinfo.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** The administration's working week (Decree 2-05-916): Monday to Friday, without holidays. */
public final class WeekdayCalendar implements WorkingDayCalendar {

  @Override
  public Optional<DayOff> dayOff(LocalDate day) {
    return isWeekend(day) ? Optional.of(DayOff.WEEKEND) : Optional.empty();
  }

  public static boolean isWeekend(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
