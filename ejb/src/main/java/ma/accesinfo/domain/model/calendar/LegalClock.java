package ma.accesinfo.domain.model.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the last day of a legal period. The law does not say how days are counted; the rule kept
 * here (one place, see {@link CountingRule}) is by default the one of Art. 512 of the Code of Civil
 * Procedure: the day the period starts from (the day of receipt) is not counted, the period ends at
 * the end of its last day, and a period that would end on a non-working day ends on the next
 * working day.
 */
public final class LegalClock {

  private final WorkingDayCalendar calendar;
  private final CountingRule rule;

  public LegalClock(WorkingDayCalendar calendar) {
    this(calendar, CountingRule.CODE_OF_CIVIL_PROCEDURE);
  }

  public LegalClock(WorkingDayCalendar calendar, CountingRule rule) {
    this.calendar = Objects.requireNonNull(calendar);
    this.rule = Objects.requireNonNull(rule);
  }

  /** The last day of the period that starts from {@code start}. */
  public LocalDate lastDay(LocalDate start, LegalPeriod period) {
    return deadline(start, period).lastDay();
  }

  /** The last day of the period, with the days skipped and why. */
  public Deadline deadline(LocalDate start, LegalPeriod period) {
    List<Deadline.SkippedDay> skipped = new ArrayList<>();
    LocalDate day = rule.countsFirstDay() ? start.minusDays(1) : start;
    int counted = 0;
    while (counted < period.length()) {
      day = day.plusDays(1);
      Optional<DayOff> off = calendar.dayOff(day);
      if (period.unit() == PeriodUnit.DAYS || off.isEmpty()) {
        counted++;
      } else {
        skipped.add(new Deadline.SkippedDay(day, off.get()));
      }
    }
    LocalDate movedFrom = null;
    if (rule.movesEndToNextWorkingDay()) {
      Optional<DayOff> off = calendar.dayOff(day);
      if (off.isPresent()) {
        movedFrom = day;
      }
      while (off.isPresent()) {
        skipped.add(new Deadline.SkippedDay(day, off.get()));
        day = day.plusDays(1);
        off = calendar.dayOff(day);
      }
    }
    return new Deadline(start, period, day, skipped, movedFrom);
  }

  /** The working day {@code count} working days before {@code day}. */
  public LocalDate workingDaysBefore(LocalDate day, int count) {
    LocalDate result = day;
    int counted = 0;
    while (counted < count) {
      result = result.minusDays(1);
      if (calendar.isWorkingDay(result)) {
        counted++;
      }
    }
    return result;
  }

  /** How many working days lie after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  public CountingRule rule() {
    return rule;
  }

  /**
   * How days are counted.
   *
   * @param countsFirstDay whether the day the period runs from counts as its first day
   * @param movesEndToNextWorkingDay whether a period ending on a non-working day ends on the next
   *     working day
   */
  public record CountingRule(
      String name, boolean countsFirstDay, boolean movesEndToNextWorkingDay) {
    public static final CountingRule CODE_OF_CIVIL_PROCEDURE =
        new CountingRule("CCP_ART_512", false, true);
  }
}
