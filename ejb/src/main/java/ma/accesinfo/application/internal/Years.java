package ma.accesinfo.application.internal;

import java.util.regex.Pattern;
import ma.accesinfo.application.InputCheck;

/** The years figures and reports are given for: from the law's entry into force to this year. */
final class Years {

  /** Law 31-13 came into force in 2018; figures start there. */
  static final int FIRST = 2018;

  private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

  private Years() {}

  /**
   * The year given, checked; the current year when none is given (and none is required).
   *
   * @param current the current year of the law's calendar
   */
  static int checked(InputCheck check, String year, boolean required, int current) {
    String text = check.matching("year", year, required, 4, YEAR, String.valueOf(current));
    if (text == null) {
      return current;
    }
    int value = Integer.parseInt(text);
    if (value < FIRST || value > current) {
      check.add("year", "yearOutOfRange", String.valueOf(FIRST), String.valueOf(current));
    }
    return value;
  }
}
