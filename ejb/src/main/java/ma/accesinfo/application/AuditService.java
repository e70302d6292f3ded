package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.function.Consumer;
import ma.accesinfo.domain.model.audit.AuditLog.SealedEntry;

/** The audit trail, for administrators: check that it is intact, and take a copy of it. */
@Local
public interface AuditService {

  /**
   * Starts a check of the chain in the background (what is pending chained first, then every link
   * recomputed), unless one is going on on this server; returns where it stands.
   */
  ChainVerification startVerification();

  /**
   * The check of a night (named by its day in Casablanca), with nobody signed in: started on the
   * one server that claims the night (true), passed by the others (false). Refused to a signed-in
   * caller.
   */
  boolean startNightlyVerification(LocalDate night);

  /** Where this server's last check of the chain stands; all null if none since it started. */
  ChainVerification currentVerification();

  /**
   * A check of the chain: whether it is still running, when it started and ended, how many entries
   * it has checked so far, whether it failed (the database gone, say); once ended, its outcome:
   * whether the chain is intact, of how many entries, how many were not chained yet, where it first
   * breaks, the last link's hash.
   */
  record ChainVerification(
      boolean running,
      java.time.Instant startedAt,
      java.time.Instant endedAt,
      long checked,
      boolean failed,
      Boolean intact,
      Long entries,
      Long unsealed,
      Long firstBrokenSeq,
      String lastHash) {}

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
