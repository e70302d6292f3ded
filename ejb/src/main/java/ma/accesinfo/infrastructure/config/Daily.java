package ma.accesinfo.infrastructure.config;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task every day at a time of day in a zone (the law's, Africa/Casablanca). */
public final class Daily {

  private Daily() {}

  public static ScheduledFuture<?> at(
      ManagedScheduledExecutorService scheduler,
      Clock clock,
      ZoneId zone,
      LocalTime time,
      Runnable task) {
    ZonedDateTime now = clock.instant().atZone(zone);
    ZonedDateTime next = now.with(time);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return scheduler.scheduleAtFixedRate(
        task,
        Duration.between(now, next).toMillis(),
        Duration.ofDays(1).toMillis(),
        TimeUnit.MILLISECONDS);
  }
}
