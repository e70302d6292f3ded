package ma.accesinfo.domain.model.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stored legal calendar. */
public interface CalendarRepository {

  /** The stored non-working days of the year, in date order. */
  List<NonWorkingDay> ofYear(int year);

  Optional<NonWorkingDay> find(LocalDate day);

  void store(NonWorkingDay day);

  void remove(NonWorkingDay day);

  /**
   * Writes a year's holidays the first time the year is needed; does nothing if the year was
   * written before (so days an administrator removed stay removed).
   */
  void seedYear(int year, Map<LocalDate, DayOff> holidays);

  /**
   * The calendar's version as this transaction sees it: it changes with every change to the
   * non-working days, and is never the same for two different calendars (a change rolled back
   * included).
   */
  String version();
}
