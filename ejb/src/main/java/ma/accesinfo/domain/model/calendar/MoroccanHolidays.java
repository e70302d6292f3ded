package ma.accesinfo.domain.model.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays of Morocco's administration for a year: the fixed ones, each for the years it
 * applies, and the lunar ones computed from the Umm al-Qura calendar. Lunar dates are provisional:
 * Morocco fixes them by moon sighting, often a day later, and an administrator confirms or moves
 * them.
 */
public final class MoroccanHolidays {

  record Fixed(MonthDay day, String code, String nameAr, String nameFr, int fromYear) {}

  record Lunar(int hijriMonth, int hijriDay, int days, String code, String nameAr, String nameFr) {}

  static final List<Fixed> FIXED =
      List.of(
          new Fixed(MonthDay.of(1, 1), "NEW_YEAR", "رأس السنة الميلادية", "Nouvel An", 1956),
          new Fixed(
              MonthDay.of(1, 11),
              "INDEPENDENCE_MANIFESTO",
              "ذكرى تقديم وثيقة الاستقلال",
              "Manifeste de l’Indépendance",
              1956),
          new Fixed(
              MonthDay.of(1, 14),
              "AMAZIGH_NEW_YEAR",
              "رأس السنة الأمازيغية",
              "Nouvel An amazigh",
              2024),
          new Fixed(MonthDay.of(5, 1), "LABOUR_DAY", "عيد الشغل", "Fête du Travail", 1956),
          new Fixed(MonthDay.of(7, 30), "THRONE_DAY", "عيد العرش", "Fête du Trône", 1956),
          new Fixed(
              MonthDay.of(8, 14),
              "OUED_EDDAHAB",
              "ذكرى استرجاع إقليم وادي الذهب",
              "Allégeance d’Oued Eddahab",
              1979),
          new Fixed(
              MonthDay.of(8, 20),
              "REVOLUTION_KING_PEOPLE",
              "ذكرى ثورة الملك والشعب",
              "Révolution du Roi et du Peuple",
              1956),
          new Fixed(MonthDay.of(8, 21), "YOUTH_DAY", "عيد الشباب", "Fête de la Jeunesse", 1956),
          new Fixed(MonthDay.of(10, 31), "UNITY_DAY", "عيد الوحدة", "Aïd Al Wahda", 2026),
          new Fixed(
              MonthDay.of(11, 6), "GREEN_MARCH", "ذكرى المسيرة الخضراء", "Marche Verte", 1975),
          new Fixed(
              MonthDay.of(11, 18),
              "INDEPENDENCE_DAY",
              "عيد الاستقلال",
              "Fête de l’Indépendance",
              1956));

  static final List<Lunar> LUNAR =
      List.of(
          new Lunar(1, 1, 1, "ISLAMIC_NEW_YEAR", "فاتح محرم", "Nouvel An de l’Hégire"),
          new Lunar(3, 12, 2, "MAWLID", "عيد المولد النبوي", "Aïd Al Mawlid"),
          new Lunar(10, 1, 2, "EID_AL_FITR", "عيد الفطر", "Aïd Al Fitr"),
          new Lunar(12, 10, 2, "EID_AL_ADHA", "عيد الأضحى", "Aïd Al Adha"));

  private MoroccanHolidays() {}

  /** The holidays of the Gregorian year, by date; lunar ones provisional. */
  public static Map<LocalDate, DayOff> of(int year) {
    Map<LocalDate, DayOff> days = new TreeMap<>();
    for (Fixed f : FIXED) {
      if (year >= f.fromYear()) {
        days.put(
            f.day().atYear(year),
            new DayOff(DayOffKind.FIXED_HOLIDAY, f.code(), f.nameAr(), f.nameFr(), false));
      }
    }
    lunarDays(year).forEach(days::putIfAbsent);
    return days;
  }

  private static Map<LocalDate, DayOff> lunarDays(int year) {
    Map<LocalDate, DayOff> days = new TreeMap<>();
    int firstHijriYear = HijrahDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR);
    for (int hijriYear = firstHijriYear; hijriYear <= firstHijriYear + 1; hijriYear++) {
      for (Lunar l : LUNAR) {
        LocalDate first = LocalDate.from(HijrahDate.of(hijriYear, l.hijriMonth(), l.hijriDay()));
        List<LocalDate> span = new ArrayList<>();
        for (int i = 0; i < l.days(); i++) {
          span.add(first.plusDays(i));
        }
        for (int i = 0; i < span.size(); i++) {
          LocalDate day = span.get(i);
          if (day.getYear() == year) {
            String suffix = l.days() > 1 ? " (" + (i + 1) + ")" : "";
            days.put(
                day,
                new DayOff(
                    DayOffKind.LUNAR_HOLIDAY,
                    l.code(),
                    l.nameAr() + suffix,
                    l.nameFr() + suffix,
                    true));
          }
        }
      }
    }
    return days;
  }
}
