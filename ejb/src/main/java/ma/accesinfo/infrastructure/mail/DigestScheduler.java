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
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.application.DigestService;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.infrastructure.config.Daily;

/** Queues the morning's lists for officers and heads at 7:00, Casablanca time. */
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

  private Daily task;

  @PostConstruct
  void start() {
    task = Daily.at(scheduler, clock, law.zone(), AT, day -> send());
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel();
    }
  }

  /** Each kind of list in a transaction of its own: one failing does not hold back the other. */
  void send() {
    try {
      LOG.info("Daily digest queued for " + digest.queueOfficersLists() + " officers");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The officers' daily digest could not be queued", e);
    }
    try {
      LOG.info("Overdue requests listed to " + digest.queueHeadsLists() + " heads of bodies");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The heads' lists could not be queued; the next run tells them", e);
    }
  }
}
