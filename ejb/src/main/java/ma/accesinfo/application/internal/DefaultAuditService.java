package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.AuditService;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.audit.AuditLog;
import ma.accesinfo.domain.model.audit.AuditLog.ChainCheck;
import ma.accesinfo.domain.model.audit.AuditLog.SealedEntry;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultAuditService implements AuditService {

  /** The most entries one export gives; a longer period is taken in several parts. */
  static final int EXPORT_LIMIT = 100_000;

  @Inject AuditLog auditLog;
  @Inject Callers callers;

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainCheck verify() {
    requireAdministrator();
    while (auditLog.sealPending() > 0) {
      // chain everything written so far, so the check covers it
    }
    return auditLog.verify();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<SealedEntry> export(LocalDate from, LocalDate to) {
    requireAdministrator();
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException(
          List.of(new FieldViolation("to", "periodInvalid", List.of())));
    }
    while (auditLog.sealPending() > 0) {
      // what was just done belongs in the copy
    }
    return auditLog.entries(
        from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        EXPORT_LIMIT);
  }

  private void requireAdministrator() {
    if (!callers.require().holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
  }
}
