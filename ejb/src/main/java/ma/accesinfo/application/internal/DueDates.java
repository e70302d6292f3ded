package ma.accesinfo.application.internal;

import java.time.LocalDate;
import ma.accesinfo.application.LegalRuleViolationException;

/** The due dates people set for each other (a release, observations, compliance, a reply). */
final class DueDates {

  /** How far ahead a due date may be set. */
  static final int MAX_DAYS_AHEAD = 366;

  private DueDates() {}

  /** Refuses a due date that is not after today, or more than a year ahead. */
  static void requireAheadWithinAYear(LocalDate due, LocalDate today, String inPastCode) {
    if (!due.isAfter(today)) {
      throw new LegalRuleViolationException(inPastCode, due.toString());
    }
    if (due.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
      throw new LegalRuleViolationException("dueDateTooFar", String.valueOf(MAX_DAYS_AHEAD));
    }
  }
}
