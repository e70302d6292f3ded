package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.function.Consumer;
import ma.accesinfo.domain.model.audit.AuditLog.ChainCheck;
import ma.accesinfo.domain.model.audit.AuditLog.SealedEntry;

/** The audit trail, for administrators: check that it is intact, and take a copy of it. */
@Local
public interface AuditService {

  /** Chains what is pending, then recomputes every link of the chain. */
  ChainCheck verify();

  /**
   * An administrator starts a copy of the entries of the days from {@code from} to {@code to}
   * included (UTC): checks the period and chains what is pending, so that what was just done is in
   * the copy; the copy is recorded in the trail. The entries are then read with {@link
   * #listEntries}.
   */
  void startExport(LocalDate from, LocalDate to);

  /**
   * The next entries of the period, in chain order, after the entry {@code afterSeq} (0 for the
   * first), at most a few thousand, handed to the sink one at a time (a national trail holds tens
   * of millions of entries a year: a copy is read part by part, never whole in memory or in one
   * transaction). Returns the sequence number of the last entry handed over, where the next part
   * starts, or null once the period is done.
   */
  Long listEntries(LocalDate from, LocalDate to, long afterSeq, Consumer<SealedEntry> sink);
}
