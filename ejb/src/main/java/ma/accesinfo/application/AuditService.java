package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import ma.accesinfo.domain.model.audit.AuditLog.ChainCheck;
import ma.accesinfo.domain.model.audit.AuditLog.SealedEntry;

/** The audit trail, for administrators: check that it is intact, and take a copy of it. */
@Local
public interface AuditService {

  /** Chains what is pending, then recomputes every link of the chain. */
  ChainCheck verify();

  /** The entries of the days from {@code from} to {@code to} included (UTC), in chain order. */
  List<SealedEntry> export(LocalDate from, LocalDate to);
}
