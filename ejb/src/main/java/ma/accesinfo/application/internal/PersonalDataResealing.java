package ma.accesinfo.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.shared.PersonalDataStore;

/**
 * Seals personal data again under the current key, in the background: at start (data from before
 * sealing existed, or under a key being retired), and when an administrator asks after putting a
 * new key first. A national database holds millions of sealed values: a pass takes minutes, longer
 * than a web request may, so it runs on the server's executor and the administrator follows its
 * progress. One pass at a time on each server; passes repeat while one found rows to seal, so that
 * rows in use during one (or still under a key that became old while it ran) are taken by the next.
 *
 * <p>At start it also checks that a key for personal data is configured: the application does not
 * start without one.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonalDataResealing {

  static final int BATCH = 500;

  private static final Logger LOG = Logger.getLogger(PersonalDataResealing.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject PersonalDataStore store;
  @Inject Clock clock;

  private Run last;

  /** One run of passes: when it started and ended, how many values it sealed, whether it failed. */
  static final class Run {
    final Instant startedAt;
    final AtomicLong sealed = new AtomicLong();
    volatile Instant endedAt;
    volatile boolean failed;

    Run(Instant startedAt) {
      this.startedAt = startedAt;
    }

    boolean running() {
      return endedAt == null;
    }
  }

  @PostConstruct
  void atStart() {
    store.currentKeyId();
    begin();
  }

  /** Starts a run unless one is going on; returns the run going on. */
  @Lock(LockType.WRITE)
  public Run begin() {
    if (last != null && last.running()) {
      return last;
    }
    Run run = new Run(clock.instant());
    executor.submit(() -> passes(run));
    last = run;
    return run;
  }

  /** The run going on or the last one ended on this server; null if none since it started. */
  public Run last() {
    return last;
  }

  private void passes(Run run) {
    String key = store.currentKeyId();
    try {
      long pass;
      do {
        pass = PersonalDataStore.pass(store, BATCH, run.sealed::addAndGet);
      } while (pass > 0);
      if (run.sealed.get() > 0) {
        LOG.info("Sealed " + run.sealed.get() + " rows of personal data under key " + key);
      }
    } catch (RuntimeException e) {
      run.failed = true;
      LOG.log(Level.WARNING, "Personal data could not all be sealed again", e);
    } finally {
      run.endedAt = clock.instant();
    }
  }
}
