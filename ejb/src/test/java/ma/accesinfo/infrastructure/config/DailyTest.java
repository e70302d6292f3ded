package ma.accesinfo.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

  @Test
  void namesARunByTheDayItWasDueEvenWhenItRunsAfterMidnight() {
    LocalTime lateEvening = LocalTime.of(23, 59, 59);
    Instant evening = LocalDate.of(2026, 11, 27).atTime(22, 0).atZone(CASABLANCA).toInstant();
    MutableClock clock = new MutableClock(evening);
    List<Runnable> scheduled = new ArrayList<>();
    List<Long> delays = new ArrayList<>();
    ManagedScheduledExecutorService scheduler =
        (ManagedScheduledExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedScheduledExecutorService.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("schedule")
                      && args.length == 3
                      && args[0] instanceof Runnable task) {
                    scheduled.add(task);
                    delays.add(((TimeUnit) args[2]).toMillis((Long) args[1]));
                    return null;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    AtomicReference<LocalDate> ranFor = new AtomicReference<>();

    Daily.at(scheduler, clock, CASABLANCA, lateEvening, ranFor::set);
    // due at 23:59:59; a busy server runs it two seconds late, on the next day by its clock
    assertThat(delays).containsExactly(Duration.ofHours(2).minusSeconds(1).toMillis());
    clock.now = evening.plus(Duration.ofHours(2)).plusSeconds(1);
    scheduled.get(0).run();

    assertThat(ranFor.get()).isEqualTo(LocalDate.of(2026, 11, 27));
    // and the next run is the next evening's, not tonight's again
    assertThat(delays).hasSize(2);
    assertThat(delays.get(1)).isEqualTo(Duration.ofDays(1).minusSeconds(2).toMillis());
  }

  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return CASABLANCA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
