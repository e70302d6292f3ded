package ma.accesinfo.domain.model.audit;

import java.time.Instant;
import java.util.List;

/** Where audit entries are written, chained and checked. */
public interface AuditLog {

  /** Writes an entry in the caller's transaction: it stays only if the action does. */
  void append(AuditRecord record);

  /**
   * Writes an entry in a transaction of its own, so that it stays when the caller's transaction
   * rolls back (a refused action, a failed sign-in).
   */
  void appendApart(AuditRecord record);

  /** Chains the entries written since the last time; returns how many. */
  int sealPending();

  /**
   * Walks the whole chain and recomputes every link, telling {@code progress} how many entries each
   * part checked.
   */
  ChainCheck verify(java.util.function.LongConsumer progress);

  /**
   * The sealed entries written in a period, in chain order, after the entry {@code afterSeq}, at
   * most {@code limit}.
   */
  List<SealedEntry> entries(Instant from, Instant to, long afterSeq, int limit);

  /**
   * The last entry of {@code action} written at or after {@code since} (sealed or not), for what
   * another server did; empty if none.
   */
  java.util.Optional<WrittenEntry> lastOf(String action, Instant since);

  /** An entry's time, outcome and details as written. */
  record WrittenEntry(Instant occurredAt, String outcome, java.util.Map<String, String> details) {}

  /** The outcome of a check of the chain: where it first breaks, if it does. */
  record ChainCheck(
      boolean intact, long entries, long unsealed, Long firstBrokenSeq, String lastHash) {
    public ChainCheck(long entries, long unsealed, Long firstBrokenSeq, String lastHash) {
      this(firstBrokenSeq == null, entries, unsealed, firstBrokenSeq, lastHash);
    }
  }

  /** An entry as it stands in the chain. */
  record SealedEntry(
      long seq,
      Instant occurredAt,
      Long actorId,
      String actor,
      String action,
      String target,
      String outcome,
      String details,
      String previousHash,
      String hash) {}
}
