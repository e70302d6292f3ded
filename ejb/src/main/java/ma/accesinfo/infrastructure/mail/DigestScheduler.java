package ma.accesinfo.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.application.DigestService;
import ma.accesinfo.domain.model.law.AccessLaw;

/** Queues the officers' daily digest every morning at 7:00, Casablanca time. */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestScheduler {

  static final LocalTime AT = LocalTime.of(7, 0);

  private static final Logger LOG = Logger.getLogger(DigestScheduler.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DigestService digest;
  @Inject AccessLaw law;
  @Inject Clock clock;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    ZonedDateTime now = clock.instant().atZone(law.zone());
    ZonedDateTime next = now.with(AT);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    task =
        scheduler.scheduleAtFixedRate(
            this::send,
            Duration.between(now, next).toMillis(),
            Duration.ofDays(1).toMillis(),
            TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void send() {
    try {
      LOG.info("Daily digest queued for " + digest.queueDailyDigest() + " officers");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The daily digest could not be queued", e);
    }
  }
}
