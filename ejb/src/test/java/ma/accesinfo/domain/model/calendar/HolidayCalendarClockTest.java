package ma.accesinfo.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines over Morocco's calendar: Ramadan and both Eids, the year's end, closures. */
class HolidayCalendarClockTest {

  private static LegalClock clockFor(int... years) {
    Map<LocalDate, DayOff> days = new HashMap<>();
    for (int year : years) {
      days.putAll(MoroccanHolidays.of(year));
    }
    return new LegalClock(new HolidayCalendar(days));
  }

  @Test
  void shouldSkipEidAlFitrForARequestReceivedDuringRamadan2026() {
    // Received Monday 2 March 2026, in Ramadan; Friday 20 March is Eid al-Fitr
    Deadline deadline =
        clockFor(2026).deadline(LocalDate.of(2026, 3, 2), LegalPeriod.workingDays(20));

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(deadline.skippedDays())
        .filteredOn(s -> s.reason().kind() == DayOffKind.LUNAR_HOLIDAY)
        .extracting(Deadline.SkippedDay::day)
        .containsExactly(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21));
  }

  @Test
  void shouldSkipEidAlAdha2026() {
    // Received Monday 18 May 2026: Wednesday 27 and Thursday 28 May are Eid al-Adha, and
    // Tuesday 16 June is 1 Muharram 1448
    assertThat(clockFor(2026).lastDay(LocalDate.of(2026, 5, 18), LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2026, 6, 18));
  }

  @Test
  void shouldSkipEidAlFitr2027AndTheIslamicNewYear() {
    // Received Monday 1 March 2027: Tuesday 9 and Wednesday 10 March are Eid al-Fitr
    assertThat(clockFor(2027).lastDay(LocalDate.of(2027, 3, 1), LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2027, 3, 31));
    // Received Monday 31 May 2027: Sunday 6 June, 1 Muharram, falls on a weekend and changes
    // nothing
    assertThat(clockFor(2027).lastDay(LocalDate.of(2027, 5, 31), LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2027, 6, 28));
  }

  @Test
  void shouldMoveAnUrgentPeriodEndingOnEidAlAdha2027PastBothDaysOfIt() {
    // Received Thursday 13 May 2027: 3 days end on Sunday 16 May, Eid; Monday 17 is Eid too
    Deadline deadline = clockFor(2027).deadline(LocalDate.of(2027, 5, 13), LegalPeriod.days(3));

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2027, 5, 18));
    assertThat(deadline.movedFrom()).isEqualTo(LocalDate.of(2027, 5, 16));
    assertThat(deadline.skippedDays())
        .extracting(s -> s.reason().holidayCode())
        .containsExactly("EID_AL_ADHA", "EID_AL_ADHA");
  }

  @Test
  void shouldCrossTheYearEndOverNewYearAndTheJanuaryHolidays() {
    // Received Monday 21 December 2026: 1, 11 and 14 January 2027 are holidays
    Deadline deadline =
        clockFor(2026, 2027).deadline(LocalDate.of(2026, 12, 21), LegalPeriod.workingDays(20));

    assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2027, 1, 21));
    assertThat(deadline.skippedDays())
        .filteredOn(s -> s.reason().kind() == DayOffKind.FIXED_HOLIDAY)
        .extracting(s -> s.reason().holidayCode())
        .containsExactly("NEW_YEAR", "INDEPENDENCE_MANIFESTO", "AMAZIGH_NEW_YEAR");
  }

  @Test
  void shouldCountTheNewUnityDayHolidayFrom2026() {
    // Received Monday 26 October 2026: Saturday 31 October changes nothing, 6 November does
    assertThat(clockFor(2026).lastDay(LocalDate.of(2026, 10, 26), LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void shouldSkipAClosureDeclaredByTheHeadOfGovernment() {
    Map<LocalDate, DayOff> days = new HashMap<>(MoroccanHolidays.of(2026));
    LegalClock before = new LegalClock(new HolidayCalendar(days));
    days.put(
        LocalDate.of(2026, 12, 7),
        new DayOff(DayOffKind.CLOSURE, null, "عطلة استثنائية", "Fermeture exceptionnelle", false));
    LegalClock after = new LegalClock(new HolidayCalendar(days));

    LocalDate received = LocalDate.of(2026, 11, 27);
    assertThat(before.lastDay(received, LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2026, 12, 25));
    assertThat(after.lastDay(received, LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2026, 12, 28));
  }
}
