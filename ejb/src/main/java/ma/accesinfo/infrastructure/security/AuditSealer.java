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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.audit.AuditLog;
import ma.accesinfo.infrastructure.config.Settings;

/**
 * Chains new audit entries while the application runs, every {@code accesinfo.audit.seal-ms}
 * milliseconds (default 2000), so that an entry is protected by the chain within seconds.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject AuditLog auditLog;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    long every = Settings.number("accesinfo.audit.seal-ms", 2_000);
    task = scheduler.scheduleWithFixedDelay(this::seal, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void seal() {
    try {
      while (auditLog.sealPending() > 0) {
        // a large backlog is sealed in several transactions
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Audit entries could not be sealed; they will be tried again", e);
    }
  }
}
