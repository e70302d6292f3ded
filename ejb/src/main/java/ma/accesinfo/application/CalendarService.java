package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The legal calendar: public to read, kept by administrators; and the deadline calculator. */
@Local
public interface CalendarService {

  /** The year's holidays and closures (weekends are Saturday and Sunday). Public. */
  CalendarYearView calendar(int year);

  /**
   * An administrator declares, confirms or moves a non-working day. Every running deadline the
   * change touches is computed again.
   */
  DayView setDay(LocalDate day, DayChange change);

  /** An administrator removes a non-working day (a lunar holiday that moved, a closure revoked). */
  void removeDay(LocalDate day);

  /**
   * An administrator confirms a lunar holiday on the day it is observed, which the sighting of the
   * moon may put a day or two from the provisional date: in one change, the provisional day becomes
   * a working day and the observed day the holiday (none if it falls on a weekend). Every running
   * deadline either day touches is computed again.
   *
   * @param day the holiday's provisional date
   * @param observed the day it is observed, within a week of the provisional date
   */
  DayView observeOn(LocalDate day, LocalDate observed);

  /** The day a lunar holiday is observed on. */
  record Observation(LocalDate date) {}

  /**
   * For administrators: the recomputations of deadlines the changes of the calendar called for that
   * are still going on, oldest first (in the background; at national scale they take minutes).
   */
  List<RecalculationView> listRecalculations();

  /** How long a recomputation done without some requests is still listed. */
  java.time.Duration SKIPS_LISTED_FOR = java.time.Duration.ofDays(30);

  /**
   * A recomputation going on, or done in the last {@code 30} days without some requests: the day
   * changed and why, when, how many deadlines it has moved (so far), the due date it has reached
   * (the requests due up to it are done; null: none yet), when it ended (null: going on), and the
   * requests whose deadlines it could not recompute, for their officers to check by hand.
   */
  record RecalculationView(
      LocalDate day,
      String reason,
      Instant requestedAt,
      int moved,
      LocalDate reachedDueDate,
      Instant finishedAt,
      List<SkippedView> notRecomputed) {}

  /** A request whose deadline a recomputation could not move, and the failure met. */
  record SkippedView(String reference, String failure) {}

  /** The last day of a period starting from a day, with the days skipped and why. Public. */
  DeadlineView deadline(LocalDate from, Integer length, String unit);

  record CalendarYearView(int year, List<String> weekend, List<DayView> days) {}

  record DayView(
      LocalDate date,
      String kind,
      String holidayCode,
      String nameAr,
      String nameFr,
      boolean provisional) {}

  record DayChange(
      String kind, String holidayCode, String nameAr, String nameFr, Boolean provisional) {}

  /**
   * @param rule how days are counted, e.g. {@code CCP_ART_512}
   * @param movedFrom the non-working day the period would have ended on, if it moved
   */
  record DeadlineView(
      LocalDate from,
      int length,
      String unit,
      LocalDate lastDay,
      String rule,
      LocalDate movedFrom,
      List<DayView> skippedDays) {}
}
