package ma.accesinfo.domain.model.calendar;

/** How a legal period is counted: in the administration's working days, or in calendar days. */
public enum PeriodUnit {
  WORKING_DAYS,
  DAYS
}
