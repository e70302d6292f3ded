package ma.accesinfo.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.shared.PersonalDataStore;

/**
 * At start, checks that a key for personal data is configured (the application does not start
 * without one), then seals again, in the background, whatever is not under the current key: data
 * from before sealing existed, or under a key being retired. Passes over the data again while a
 * pass found rows to seal, so that rows in use during one are taken by the next.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonalDataResealer {

  static final int BATCH = 500;

  private static final Logger LOG = Logger.getLogger(PersonalDataResealer.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject PersonalDataStore store;

  @PostConstruct
  void start() {
    String key = store.currentKeyId();
    executor.submit(
        () -> {
          try {
            long total = 0;
            long pass;
            do {
              pass = PersonalDataStore.pass(store, BATCH);
              total += pass;
            } while (pass > 0);
            if (total > 0) {
              LOG.info("Sealed " + total + " rows of personal data under key " + key);
            }
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Personal data could not all be sealed again", e);
          }
        });
  }
}
