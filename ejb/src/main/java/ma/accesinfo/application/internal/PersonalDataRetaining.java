package ma.accesinfo.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.domain.model.request.PersonalDataRetention;
import ma.accesinfo.domain.model.shared.NightlyClaims;

/**
 * Applies the retention period in the background: the first run on a national database goes through
 * hundreds of thousands of requests, a minute or more, longer than a web request may take (a proxy
 * in front of the server gives up before). Started by an administrator or by the nightly schedule;
 * one run at a time on each server (two servers' runs pass over each other's rows).
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonalDataRetaining {

  static final int BATCH = 500;

  /** How long mail about an account (verification, password reset) is kept once sent. */
  static final Duration ACCOUNT_MAIL_KEPT = Duration.ofDays(30);

  private static final Logger LOG = Logger.getLogger(PersonalDataRetaining.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject PersonalDataRetention retention;
  @Inject ProcedureSettings settings;
  @Inject Clock clock;
  @Inject NightlyClaims claims;

  private volatile Run last;

  /**
   * One run: the period it applied (requests closed before {@code closedBefore}), the messages it
   * has erased so far, and the requests it has anonymised so far ({@code run}'s count).
   */
  record Run(Instant closedBefore, int retentionDays, AtomicLong erased, BackgroundRun<Void> run) {}

  /** Starts a run for {@code startedBy} (null: the schedule) unless one is going on. */
  @Lock(LockType.WRITE)
  public Run begin(Long startedBy) {
    if (last == null || !last.run().running()) {
      Instant now = clock.instant();
      int days = settings.personalDataRetentionDays();
      Instant closedBefore = now.minus(Duration.ofDays(days));
      AtomicLong erased = new AtomicLong();
      last =
          new Run(
              closedBefore,
              days,
              erased,
              BackgroundRun.start(
                  executor,
                  clock,
                  "Applying the retention period",
                  anonymised -> apply(now, closedBefore, startedBy, anonymised, erased)));
    }
    return last;
  }

  /**
   * The nightly run: started if this server is the first to claim the night (true), else left to
   * the server that did (false).
   */
  @Lock(LockType.WRITE)
  public boolean beginNight(LocalDate night) {
    if (!claims.claim(NightlyClaims.RETENTION, night)) {
      return false;
    }
    begin(null);
    return true;
  }

  /** The run going on or the last one ended on this server; null if none since it started. */
  public Run last() {
    return last;
  }

  /** Each batch commits by itself (see {@link PersonalDataRetention}). */
  private Void apply(
      Instant now,
      Instant closedBefore,
      Long startedBy,
      LongConsumer anonymisedSoFar,
      AtomicLong erasedSoFar) {
    int anonymised = 0;
    int erased = retention.eraseAccountMail(now.minus(ACCOUNT_MAIL_KEPT));
    erasedSoFar.addAndGet(erased);
    for (Long after = 0L; after != null; ) {
      PersonalDataRetention.Batch batch = retention.purgeAfter(after, closedBefore, BATCH, now);
      anonymised += batch.anonymised();
      erased += batch.erased();
      anonymisedSoFar.accept(batch.anonymised());
      erasedSoFar.addAndGet(batch.erased());
      after = batch.lastId();
    }
    retention.recordRun(now, closedBefore, anonymised, erased, startedBy);
    LOG.info(
        "Retention: personal data removed from "
            + anonymised
            + " requests closed before "
            + closedBefore
            + ", "
            + erased
            + " sent messages erased");
    return null;
  }
}
