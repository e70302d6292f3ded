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
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.infrastructure.config.Settings;

/**
 * Drains the outbox while the application runs: every {@code accesinfo.mail.poll-ms} milliseconds
 * (default 2000) it claims due messages, up to 20 at a time, and delivers them one by one over one
 * connection to the SMTP server.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

  static final int BATCH = 20;

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject OutboxDispatch dispatch;

  private ScheduledFuture<?> task;

  /** Messages the SMTP server took whose sending is not recorded yet. */
  private final Set<Long> delivered = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void start() {
    long every = Settings.number("accesinfo.mail.poll-ms", 2_000);
    task = scheduler.scheduleWithFixedDelay(this::drain, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void drain() {
    try {
      recordDelivered();
      List<Long> claimed;
      do {
        claimed = dispatch.claimDue(BATCH);
        try (SmtpConnection smtp = dispatch.connection()) {
          claimed.forEach(id -> deliver(id, smtp));
        }
      } while (claimed.size() == BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The outbox could not be drained; it will be tried again", e);
    }
  }

  private void deliver(long id, SmtpConnection smtp) {
    if (delivered.contains(id)) {
      recordDelivered(); // claimed again when its lease ended: it went, only the record is missing
      return;
    }
    try {
      Optional<MimeMessage> mail = dispatch.take(id);
      if (mail.isEmpty()) {
        return;
      }
      smtp.send(mail.get());
    } catch (MessagingException | RuntimeException e) {
      dispatch.recordFailure(id, e);
      return;
    }
    delivered.add(id);
    recordDelivered();
  }

  /**
   * Records the messages the SMTP server took. When the database is out of reach at that moment
   * (restarting, say), they are kept here and recorded at the next round, never sent again.
   */
  private void recordDelivered() {
    for (Long id : List.copyOf(delivered)) {
      dispatch.recordSent(id);
      delivered.remove(id);
    }
  }
}
