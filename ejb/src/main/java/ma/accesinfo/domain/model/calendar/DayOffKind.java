package ma.accesinfo.domain.model.calendar;

/** The kinds of days the administration does not work. */
public enum DayOffKind {
  WEEKEND,
  FIXED_HOLIDAY,
  LUNAR_HOLIDAY,
  CLOSURE
}
