package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ma.accesinfo.application.LegalRuleViolationException;
import ma.accesinfo.domain.model.calendar.CalendarRepository;
import ma.accesinfo.domain.model.calendar.DayOff;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.calendar.MoroccanHolidays;
import ma.accesinfo.domain.model.calendar.NonWorkingDay;
import ma.accesinfo.domain.model.calendar.WeekdayCalendar;
import ma.accesinfo.domain.model.calendar.WorkingDayCalendar;
import ma.accesinfo.domain.model.law.AccessLaw;

/**
 * The legal calendar as stored, for counting the law's periods. Each clock it hands out reads the
 * calendar's version once, within the caller's transaction, and each year it needs from memory when
 * that version's year is known, else from the database (writing a year's holidays the first time
 * that year is needed). Any change to the calendar, on any node, changes the version.
 */
@ApplicationScoped
public class LegalCalendar {

  @Inject CalendarRepository calendar;
  @Inject AccessLaw law;

  /** The years read at one version of the calendar. */
  private record Known(String version, Map<Integer, Map<LocalDate, DayOff>> years) {}

  private volatile Known known = new Known("", Map.of());

  /** A clock over the calendar as it stands now, with the law's counting rule. */
  public LegalClock clock() {
    return new LegalClock(new StoredCalendar(), law.countingRule());
  }

  /** The stored non-working days of the year, writing its holidays first if needed. */
  public Map<LocalDate, DayOff> year(int year) {
    calendar.seedYear(year, MoroccanHolidays.of(year));
    Map<LocalDate, DayOff> days = new LinkedHashMap<>();
    for (NonWorkingDay day : calendar.ofYear(year)) {
      days.put(day.day(), day.dayOff());
    }
    return days;
  }

  /** The instant a day of the law ends: midnight after it, in the law's time zone. */
  public Instant endOf(LocalDate day) {
    return day.plusDays(1).atStartOfDay(law.zone()).toInstant();
  }

  /** How far back staff may date the receipt of something received on paper. */
  public static final int MAX_DAYS_BACK_FOR_RECEIPT = 90;

  /**
   * The instant of a receipt that staff date themselves (a request or complaint received on paper):
   * now when it came today, else the start of that day. Refuses a day still to come, or one more
   * than {@link #MAX_DAYS_BACK_FOR_RECEIPT} days back.
   */
  public Instant receiptDatedByStaff(LocalDate receivedOn, Instant now) {
    LocalDate today = law.dayOf(now);
    if (receivedOn.isAfter(today)) {
      throw new LegalRuleViolationException("receiptInFuture", receivedOn.toString());
    }
    if (receivedOn.isBefore(today.minusDays(MAX_DAYS_BACK_FOR_RECEIPT))) {
      throw new LegalRuleViolationException(
          "receiptTooOld", String.valueOf(MAX_DAYS_BACK_FOR_RECEIPT));
    }
    return receivedOn.equals(today) ? now : receivedOn.atStartOfDay(law.zone()).toInstant();
  }

  /** Today in the law's time zone. */
  public LocalDate today(Instant now) {
    return law.dayOf(now);
  }

  /** The year as this transaction sees the calendar at that version, from memory when known. */
  private Map<LocalDate, DayOff> year(String version, int year) {
    Known current = known;
    if (!current.version().equals(version)) {
      current = new Known(version, new ConcurrentHashMap<>());
      known = current;
    }
    Map<LocalDate, DayOff> days = current.years().get(year);
    if (days != null) {
      return days;
    }
    days = Map.copyOf(year(year));
    if (calendar.version().equals(version)) {
      current.years().put(year, days); // not when this very read wrote the year's holidays
    }
    return days;
  }

  private final class StoredCalendar implements WorkingDayCalendar {

    private final Map<Integer, Map<LocalDate, DayOff>> years = new HashMap<>();
    private String version;

    @Override
    public Optional<DayOff> dayOff(LocalDate day) {
      if (version == null) {
        version = calendar.version();
      }
      DayOff off =
          years.computeIfAbsent(day.getYear(), y -> LegalCalendar.this.year(version, y)).get(day);
      if (off != null) {
        return Optional.of(off);
      }
      return WeekdayCalendar.isWeekend(day) ? Optional.of(DayOff.WEEKEND) : Optional.empty();
    }
  }
}
