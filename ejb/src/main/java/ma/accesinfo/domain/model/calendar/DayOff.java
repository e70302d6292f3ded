package ma.accesinfo.domain.model.calendar;

import java.util.Objects;

/**
 * Why a day is not a working day of the administration.
 *
 * @param kind a weekend, a fixed or lunar public holiday, or a closure declared by the Head of
 *     Government
 * @param holidayCode which holiday, such as {@code EID_AL_FITR}, or null for weekends and closures
 * @param provisional true for a lunar holiday computed in advance and not yet confirmed after the
 *     moon sighting
 */
public record DayOff(
    DayOffKind kind, String holidayCode, String nameAr, String nameFr, boolean provisional) {

  public static final DayOff WEEKEND =
      new DayOff(DayOffKind.WEEKEND, null, "عطلة نهاية الأسبوع", "Fin de semaine", false);

  public DayOff {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(nameAr);
    Objects.requireNonNull(nameFr);
  }
}
