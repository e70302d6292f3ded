package ma.accesinfo.domain.model.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The last day of a legal period, with the reasoning a person can check: the day it runs from, the
 * period, the rule, and every day it skipped and why.
 *
 * @param movedFrom the day the period would have ended on, when that was not a working day and the
 *     end moved to the next working day; null otherwise
 */
public record Deadline(
    LocalDate start,
    LegalPeriod period,
    LocalDate lastDay,
    List<SkippedDay> skippedDays,
    LocalDate movedFrom) {

  /** A day the count passed over. */
  public record SkippedDay(LocalDate day, DayOff reason) {}

  public Deadline {
    skippedDays = List.copyOf(skippedDays);
  }
}
