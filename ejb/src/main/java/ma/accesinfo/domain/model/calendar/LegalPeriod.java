package ma.accesinfo.domain.model.calendar;

import java.util.Objects;

/** A period the law sets, such as 20 working days (Art. 16) or 3 days (Art. 17). */
public record LegalPeriod(int length, PeriodUnit unit) {
  public LegalPeriod {
    Objects.requireNonNull(unit);
    if (length <= 0) {
      throw new IllegalArgumentException("a legal period is at least one day long");
    }
  }

  public static LegalPeriod workingDays(int length) {
    return new LegalPeriod(length, PeriodUnit.WORKING_DAYS);
  }

  public static LegalPeriod days(int length) {
    return new LegalPeriod(length, PeriodUnit.DAYS);
  }
}
