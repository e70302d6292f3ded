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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.audit.AuditLog;
import ma.accesinfo.domain.model.audit.AuditLog.ChainCheck;
import ma.accesinfo.domain.model.audit.AuditRecord;
import ma.accesinfo.domain.model.audit.AuditRecord.Outcome;
import ma.accesinfo.domain.model.shared.NightlyClaims;

/**
 * Checks the audit trail's hash chain in the background: a national trail holds tens of millions of
 * entries, minutes of reading, longer than a web request may take. An administrator starts a check
 * and follows it; every night the server checks the chain by itself, so that a change made to the
 * trail behind the application's back is found even if nobody asks (on one of the servers sharing
 * the database). Each check's outcome is itself written to the trail. One check at a time on each
 * server, and across servers one after the other (the chain is read under a lock of the database).
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainChecking {

  /** The action under which each check's outcome is written to the trail. */
  static final String ACTION = "AuditChainChecking.check";

  private static final Logger LOG = Logger.getLogger(AuditChainChecking.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject NightlyClaims claims;

  private volatile BackgroundRun<ChainCheck> last;

  /** Starts a check unless one is going on; returns the check going on. */
  @Lock(LockType.WRITE)
  public BackgroundRun<ChainCheck> begin(Long actorId, String actor) {
    if (last == null || !last.running()) {
      last =
          BackgroundRun.start(
              executor,
              clock,
              "The check of the audit trail",
              progress -> check(progress, actorId, actor));
    }
    return last;
  }

  /** The check going on or the last one ended on this server; null if none since it started. */
  public BackgroundRun<ChainCheck> last() {
    return last;
  }

  /**
   * The nightly check, whether or not anyone asks: started if this server is the first to claim the
   * night (true), else left to the server that did (false), since each check reads the whole trail.
   */
  @Lock(LockType.WRITE)
  public boolean beginNight(LocalDate night) {
    if (!claims.claim(NightlyClaims.AUDIT_CHAIN_CHECK, night)) {
      return false;
    }
    begin(null, null);
    return true;
  }

  private ChainCheck check(LongConsumer progress, Long actorId, String actor) {
    ChainCheck outcome;
    try {
      while (auditLog.sealPending() > 0) {
        // chain everything written so far, so the check covers it
      }
      outcome = auditLog.verify(progress);
    } catch (RuntimeException e) {
      record(actorId, actor, Outcome.FAILED, Map.of("reason", String.valueOf(e.getMessage())));
      throw e;
    }
    Map<String, String> details = new HashMap<>();
    details.put("intact", String.valueOf(outcome.intact()));
    details.put("entries", String.valueOf(outcome.entries()));
    if (outcome.firstBrokenSeq() != null) {
      details.put("firstBrokenSeq", String.valueOf(outcome.firstBrokenSeq()));
      LOG.severe(
          "The audit trail's chain is broken at entry "
              + outcome.firstBrokenSeq()
              + ": an entry was changed or removed outside the application");
    }
    record(actorId, actor, Outcome.DONE, details);
    return outcome;
  }

  /** Writes a check's outcome to the trail, apart from any transaction. */
  private void record(Long actorId, String actor, Outcome outcome, Map<String, String> details) {
    auditLog.appendApart(
        new AuditRecord(clock.instant(), actorId, actor, ACTION, null, outcome, details));
  }
}
