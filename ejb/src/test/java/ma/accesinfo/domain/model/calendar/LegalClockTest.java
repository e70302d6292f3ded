package ma.accesinfo.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalClockTest {

  private final LegalClock clock = new LegalClock(new WeekdayCalendar());

  @Test
  void shouldNotCountTheDayOfReceiptAndCountOnlyWorkingDays() {
    // Received on Friday 27 November 2026: Monday 30 November is the first day counted
    assertThat(clock.lastDay(LocalDate.of(2026, 11, 27), LegalPeriod.workingDays(1)))
        .isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(clock.lastDay(LocalDate.of(2026, 11, 27), LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2026, 12, 25));
  }

  @Test
  void shouldCountFromAWeekendReceiptAsFromTheFridayBefore() {
    assertThat(clock.lastDay(LocalDate.of(2026, 11, 28), LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2026, 12, 25));
    assertThat(clock.lastDay(LocalDate.of(2026, 11, 29), LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2026, 12, 25));
  }

  @Test
  void shouldCrossTheYearEnd() {
    assertThat(clock.lastDay(LocalDate.of(2026, 12, 21), LegalPeriod.workingDays(20)))
        .isEqualTo(LocalDate.of(2027, 1, 18));
  }

  @Test
  void shouldMoveACalendarDayPeriodEndingOnAWeekendToTheNextWorkingDay() {
    // Thursday + 3 days = Sunday: the period ends on Monday
    assertThat(clock.lastDay(LocalDate.of(2026, 11, 26), LegalPeriod.days(3)))
        .isEqualTo(LocalDate.of(2026, 11, 30));
    // Monday + 3 days = Thursday
    assertThat(clock.lastDay(LocalDate.of(2026, 11, 30), LegalPeriod.days(3)))
        .isEqualTo(LocalDate.of(2026, 12, 3));
  }
}
