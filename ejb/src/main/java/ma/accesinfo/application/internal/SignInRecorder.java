package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.audit.AuditLog;
import ma.accesinfo.domain.model.audit.AuditRecord;

/**
 * Records failed and refused sign-ins in a transaction of their own: the sign-in itself is refused
 * and rolled back, but the failure must count towards the lock and stay in the audit trail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInRecorder {

  /** Failures in a row that lock an account. */
  static final int FAILURE_LIMIT = 5;

  /** How long a locked account stays locked. */
  static final Duration LOCK = Duration.ofMinutes(15);

  @Inject AccountRepository accounts;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  /** A failure: counts towards the lock when the account is known and it was a wrong secret. */
  public void failed(Long accountId, String action, String reason, boolean counts) {
    Instant now = clock.instant();
    Account account = accountId == null ? null : accounts.find(accountId).orElse(null);
    if (account != null && counts) {
      account.signInFailed(now, FAILURE_LIMIT, LOCK);
    }
    auditLog.append(
        new AuditRecord(
            now,
            account == null ? null : account.id(),
            account == null ? null : account.email(),
            action,
            null,
            AuditRecord.Outcome.FAILED,
            Map.of("reason", reason)));
  }
}
