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
import java.util.function.LongConsumer;
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

  private BackgroundRun<Void> last;

  @PostConstruct
  void atStart() {
    store.currentKeyId();
    begin();
  }

  /** Starts a run unless one is going on; returns the run going on. */
  @Lock(LockType.WRITE)
  public BackgroundRun<Void> begin() {
    if (last == null || !last.running()) {
      last = BackgroundRun.start(executor, clock, "Sealing personal data again", this::passes);
    }
    return last;
  }

  /** The run going on or the last one ended on this server; null if none since it started. */
  public BackgroundRun<Void> last() {
    return last;
  }

  private Void passes(LongConsumer sealed) {
    String key = store.currentKeyId();
    long total = 0;
    long pass;
    do {
      pass = PersonalDataStore.pass(store, BATCH, sealed);
      total += pass;
    } while (pass > 0);
    if (total > 0) {
      LOG.info("Sealed " + total + " rows of personal data under key " + key);
    }
    return null;
  }
}
