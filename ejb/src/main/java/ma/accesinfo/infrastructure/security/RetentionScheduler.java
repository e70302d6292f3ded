package ma.accesinfo.infrastructure.security;

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
import java.time.LocalTime;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.infrastructure.config.Daily;

/** Applies the retention period every night at 2:30, Casablanca time. */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionScheduler {

  static final LocalTime AT = LocalTime.of(2, 30);

  private static final Logger LOG = Logger.getLogger(RetentionScheduler.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PersonalDataService personalData;
  @Inject AccessLaw law;
  @Inject Clock clock;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    task = Daily.at(scheduler, clock, law.zone(), AT, this::apply);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  /** Starts the run, which goes on in the background and logs what it did. */
  void apply() {
    try {
      personalData.startRetention();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The retention period could not be applied", e);
    }
  }
}
