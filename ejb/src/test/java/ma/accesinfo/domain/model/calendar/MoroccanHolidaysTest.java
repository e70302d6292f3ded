package ma.accesinfo.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoroccanHolidaysTest {

  @Test
  void shouldKeepTheNewFixedHolidaysFromTheYearTheyApply() {
    assertThat(MoroccanHolidays.of(2023)).doesNotContainKey(LocalDate.of(2023, 1, 14));
    assertThat(MoroccanHolidays.of(2024).get(LocalDate.of(2024, 1, 14)).holidayCode())
        .isEqualTo("AMAZIGH_NEW_YEAR");
    assertThat(MoroccanHolidays.of(2025)).doesNotContainKey(LocalDate.of(2025, 10, 31));
    DayOff unity = MoroccanHolidays.of(2026).get(LocalDate.of(2026, 10, 31));
    assertThat(unity.holidayCode()).isEqualTo("UNITY_DAY");
    assertThat(unity.kind()).isEqualTo(DayOffKind.FIXED_HOLIDAY);
    assertThat(unity.provisional()).isFalse();
  }

  @Test
  void shouldComputeTheLunarHolidaysOf2026Provisionally() {
    Map<LocalDate, DayOff> year = MoroccanHolidays.of(2026);

    assertLunar(year, LocalDate.of(2026, 3, 20), "EID_AL_FITR");
    assertLunar(year, LocalDate.of(2026, 3, 21), "EID_AL_FITR");
    assertLunar(year, LocalDate.of(2026, 5, 27), "EID_AL_ADHA");
    assertLunar(year, LocalDate.of(2026, 5, 28), "EID_AL_ADHA");
    assertLunar(year, LocalDate.of(2026, 6, 16), "ISLAMIC_NEW_YEAR");
    assertLunar(year, LocalDate.of(2026, 8, 25), "MAWLID");
    assertLunar(year, LocalDate.of(2026, 8, 26), "MAWLID");
    assertThat(year).hasSize(11 + 7);
  }

  @Test
  void shouldComputeTheLunarHolidaysOf2027Provisionally() {
    Map<LocalDate, DayOff> year = MoroccanHolidays.of(2027);

    assertLunar(year, LocalDate.of(2027, 3, 9), "EID_AL_FITR");
    assertLunar(year, LocalDate.of(2027, 3, 10), "EID_AL_FITR");
    assertLunar(year, LocalDate.of(2027, 5, 16), "EID_AL_ADHA");
    assertLunar(year, LocalDate.of(2027, 5, 17), "EID_AL_ADHA");
    assertLunar(year, LocalDate.of(2027, 6, 6), "ISLAMIC_NEW_YEAR");
    // The Mawlid's first day falls on 14 August, already the fixed Oued Eddahab holiday
    assertThat(year.get(LocalDate.of(2027, 8, 14)).holidayCode()).isEqualTo("OUED_EDDAHAB");
    assertLunar(year, LocalDate.of(2027, 8, 15), "MAWLID");
  }

  @Test
  void shouldNameEachHolidayInArabicAndFrench() {
    DayOff eid = MoroccanHolidays.of(2026).get(LocalDate.of(2026, 3, 20));
    assertThat(eid.nameAr()).startsWith("عيد الفطر");
    assertThat(eid.nameFr()).startsWith("Aïd Al Fitr");
  }

  private static void assertLunar(Map<LocalDate, DayOff> year, LocalDate day, String code) {
    assertThat(year).containsKey(day);
    assertThat(year.get(day).holidayCode()).isEqualTo(code);
    assertThat(year.get(day).kind()).isEqualTo(DayOffKind.LUNAR_HOLIDAY);
    assertThat(year.get(day).provisional()).isTrue();
  }
}
