package ma.accesinfo.application.internal;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of work over a national table, longer than a web request may take, done on the server's
 * executor for an administrator to follow: when it started and ended, how many rows it has done so
 * far, whether it failed, and what it found.
 *
 * @param <R> what the work finds (null for work that only counts)
 */
public final class BackgroundRun<R> {

  private static final Logger LOG = Logger.getLogger(BackgroundRun.class.getName());

  final Instant startedAt;
  final AtomicLong done = new AtomicLong();
  volatile Instant endedAt;
  volatile boolean failed;
  volatile R outcome;

  private BackgroundRun(Instant startedAt) {
    this.startedAt = startedAt;
  }

  /**
   * Starts the work, which tells the consumer it is given how many rows each step did and returns
   * what it found; a failure is logged as the work {@code what} failing, and ends the run.
   */
  static <R> BackgroundRun<R> start(
      ManagedExecutorService executor, Clock clock, String what, Function<LongConsumer, R> work) {
    BackgroundRun<R> run = new BackgroundRun<>(clock.instant());
    try {
      executor.submit(
          () -> {
            try {
              run.outcome = work.apply(run.done::addAndGet);
            } catch (RuntimeException | Error e) {
              run.failed = true;
              LOG.log(Level.WARNING, what + " failed", e);
              throw e;
            } finally {
              run.endedAt = clock.instant();
            }
          });
    } catch (RejectedExecutionException e) {
      run.failed = true;
      run.endedAt = clock.instant();
      LOG.log(Level.WARNING, what + " could not be started", e);
    }
    return run;
  }

  boolean running() {
    return endedAt == null;
  }
}
