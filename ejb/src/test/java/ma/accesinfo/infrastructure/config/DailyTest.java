package ma.accesinfo.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import org.junit.jupiter.api.Test;

class DailyTest {

  private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
  private static final LocalTime SEVEN = LocalTime.of(7, 0);

  @Test
  void keepsItsHourWhenMoroccosOffsetChanges() {
    // Morocco moves its clocks before and after Ramadan; take the first change of 2026
    ZoneOffsetTransition change =
        CASABLANCA.getRules().nextTransition(Instant.parse("2026-01-01T00:00:00Z"));
    LocalDate dayOfChange = change.getDateTimeAfter().toLocalDate();
    Instant ranTheDayBefore =
        dayOfChange.minusDays(1).atTime(SEVEN).atZone(CASABLANCA).toInstant().plusSeconds(5);

    Instant next = Daily.nextAfter(ranTheDayBefore, CASABLANCA, SEVEN);

    assertThat(next.atZone(CASABLANCA).toLocalDate()).isEqualTo(dayOfChange);
    assertThat(next.atZone(CASABLANCA).toLocalTime()).isEqualTo(SEVEN);
    // The day is longer or shorter by the change: a fixed period of 24 hours would have run early
    // or late by as much
    Duration dayLength = Duration.between(ranTheDayBefore.minusSeconds(5), next);
    assertThat(dayLength).isEqualTo(Duration.ofDays(1).minus(change.getDuration()));
    assertThat(dayLength).isNotEqualTo(Duration.ofDays(1));
  }

  @Test
  void runsLaterTodayOrElseTomorrowAndNeverTwiceAtOneTime() {
    Instant morning = LocalDate.of(2026, 11, 27).atTime(6, 59).atZone(CASABLANCA).toInstant();
    assertThat(Daily.nextAfter(morning, CASABLANCA, SEVEN))
        .isEqualTo(LocalDate.of(2026, 11, 27).atTime(SEVEN).atZone(CASABLANCA).toInstant());
    Instant atSeven = LocalDate.of(2026, 11, 27).atTime(SEVEN).atZone(CASABLANCA).toInstant();
    assertThat(Daily.nextAfter(atSeven, CASABLANCA, SEVEN))
        .isEqualTo(LocalDate.of(2026, 11, 28).atTime(SEVEN).atZone(CASABLANCA).toInstant());
  }
}
