package ma.accesinfo.infrastructure.config;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a task every day at a time of day in a zone (the law's, Africa/Casablanca). Each run is
 * scheduled after the one before by the zone's rules, so that the task keeps its hour when the
 * zone's offset changes (Morocco's does before and after Ramadan): a fixed period of 24 hours would
 * move it by an hour until the next restart. The task is given the day it was scheduled for, by the
 * zone's calendar, not the day its clock shows when it runs: servers whose clocks disagree by a few
 * seconds name a run at 23:59:59 by the same day.
 */
public final class Daily {

  private static final Logger LOG = Logger.getLogger(Daily.class.getName());

  private final ManagedScheduledExecutorService scheduler;
  private final Clock clock;
  private final ZoneId zone;
  private final LocalTime time;
  private final Consumer<LocalDate> task;
  private volatile boolean cancelled;
  private volatile ScheduledFuture<?> next;

  private Daily(
      ManagedScheduledExecutorService scheduler,
      Clock clock,
      ZoneId zone,
      LocalTime time,
      Consumer<LocalDate> task) {
    this.scheduler = scheduler;
    this.clock = clock;
    this.zone = zone;
    this.time = time;
    this.task = task;
  }

  /**
   * Starts running {@code task} every day at {@code time} in {@code zone}, given the day of the
   * run.
   */
  public static Daily at(
      ManagedScheduledExecutorService scheduler,
      Clock clock,
      ZoneId zone,
      LocalTime time,
      Consumer<LocalDate> task) {
    Daily daily = new Daily(scheduler, clock, zone, time, task);
    daily.scheduleNext();
    return daily;
  }

  /** The first instant after {@code now} at {@code time} of day in {@code zone}. */
  static Instant nextAfter(Instant now, ZoneId zone, LocalTime time) {
    ZonedDateTime here = now.atZone(zone);
    ZonedDateTime next = here.toLocalDate().atTime(time).atZone(zone);
    if (!next.isAfter(here)) {
      next = here.toLocalDate().plusDays(1).atTime(time).atZone(zone);
    }
    return next.toInstant();
  }

  /** No run after this one; a run going on ends. */
  public void cancel() {
    cancelled = true;
    ScheduledFuture<?> scheduled = next;
    if (scheduled != null) {
      scheduled.cancel(false);
    }
  }

  private void scheduleNext() {
    if (cancelled) {
      return;
    }
    Instant now = clock.instant();
    Instant at = nextAfter(now, zone, time);
    LocalDate day = LocalDate.ofInstant(at, zone);
    long delay = Duration.between(now, at).toMillis();
    try {
      next = scheduler.schedule(() -> runAndScheduleNext(day), delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // the server is stopping
      LOG.log(Level.FINE, "Not scheduled again: the scheduler refused", e);
    }
  }

  private void runAndScheduleNext(LocalDate day) {
    try {
      task.accept(day);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A daily task failed", e);
    } finally {
      scheduleNext();
    }
  }
}
