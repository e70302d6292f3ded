package ma.accesinfo.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A costly result is computed once while fresh, again once stale, and a failure is not kept. */
class RecentResultsTest {

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    private volatile Instant now = Instant.parse("2026-11-28T08:00:00Z");

    void pass(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final Hands clock = new Hands();
  private final RecentResults<String, Integer> results =
      new RecentResults<>(Duration.ofMinutes(5), clock);
  private final AtomicInteger computed = new AtomicInteger();

  @Test
  void aFreshResultIsNotComputedAgainAndAStaleOneIs() {
    assertThat(results.get("2026", computed::incrementAndGet).value()).isEqualTo(1);
    clock.pass(Duration.ofMinutes(4));
    RecentResults.Result<Integer> kept = results.get("2026", computed::incrementAndGet);
    assertThat(kept.value()).isEqualTo(1);
    assertThat(kept.computedAt()).isEqualTo(clock.instant().minus(Duration.ofMinutes(4)));
    assertThat(results.get("2025", computed::incrementAndGet).value()).isEqualTo(2);

    clock.pass(Duration.ofMinutes(1));
    RecentResults.Result<Integer> again = results.get("2026", computed::incrementAndGet);
    assertThat(again.value()).isEqualTo(3);
    assertThat(again.computedAt()).isEqualTo(clock.instant());
  }

  @Test
  void aFailureIsNotKept() {
    assertThatThrownBy(
            () ->
                results.get(
                    "2026",
                    () -> {
                      throw new IllegalStateException("database gone");
                    }))
        .hasMessage("database gone");
    assertThat(results.get("2026", computed::incrementAndGet).value()).isEqualTo(1);
  }

  @Test
  void callersAskingAtOnceShareOneComputation() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      Future<Integer> first = computingUntil(release, callers);
      java.util.List<Future<Integer>> others = new java.util.ArrayList<>();
      for (int i = 0; i < 7; i++) {
        others.add(callers.submit(() -> results.get("2026", computed::incrementAndGet).value()));
      }
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
      for (Future<Integer> other : others) {
        assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(1);
      }
      assertThat(computed).hasValue(1);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void whileAStaleResultIsComputedAgainOthersAreAnsweredWithThePreviousOne() throws Exception {
    results.get("2026", computed::incrementAndGet);
    clock.pass(Duration.ofMinutes(6));
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> refreshing = computingUntil(release, caller);
      assertThat(results.get("2026", computed::incrementAndGet).value()).isEqualTo(1);
      release.countDown();
      assertThat(refreshing.get(5, TimeUnit.SECONDS)).isEqualTo(2);
      assertThat(results.get("2026", computed::incrementAndGet).value()).isEqualTo(2);
    } finally {
      caller.shutdownNow();
    }
  }

  /**
   * A caller asking for the result on another thread, whose computation has started and goes on
   * until released.
   */
  private Future<Integer> computingUntil(CountDownLatch release, ExecutorService on)
      throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    Future<Integer> asking =
        on.submit(
            () ->
                results
                    .get(
                        "2026",
                        () -> {
                          started.countDown();
                          await(release);
                          return computed.incrementAndGet();
                        })
                    .value());
    started.await(5, TimeUnit.SECONDS);
    return asking;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
