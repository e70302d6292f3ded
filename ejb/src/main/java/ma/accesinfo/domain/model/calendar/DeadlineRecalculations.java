package ma.accesinfo.domain.model.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The recomputations of deadlines a change of the legal calendar calls for, kept until done: each
 * goes through the running requests whose period spans the changed day, the soonest due first,
 * batch by batch, and records after which request it stopped.
 */
public interface DeadlineRecalculations {

  /**
   * One recomputation and where it has got to: the due date and id of the last request it went
   * through (none yet: both null), and how many deadlines it has moved.
   */
  record Recalculation(
      long id,
      LocalDate day,
      String reason,
      Instant requestedAt,
      LocalDate afterDueDate,
      Long afterId,
      int moved,
      Instant finishedAt) {}

  /** A request whose deadline the recomputation could not compute again, and why. */
  record Skipped(String reference, String failure) {}

  /** Records that the deadlines across that day are to be recomputed; returns its id. */
  long request(LocalDate day, String reason, Instant at);

  /**
   * The recomputation, locked until the transaction ends (so that two servers take its batches in
   * turn); empty once finished.
   */
  Optional<Recalculation> lockUnfinished(long id);

  /** Records where the recomputation has got to, and how many deadlines it has moved in all. */
  void advance(long id, LocalDate afterDueDate, long afterId, int moved);

  /**
   * Records that the recomputation went on without that request, which it could not recompute
   * (recorded once, however often it is tried).
   */
  void skip(long id, long requestId, String failure, Instant at);

  /**
   * The requests the recomputation went on without, in the order of their references (the first
   * hundred: more would mean a fault for the logs, not a list to check by hand).
   */
  List<Skipped> skipped(long id);

  /** Records that it is done. */
  void finish(long id, int moved, Instant at);

  /** The recomputations not done yet, oldest first. */
  List<Recalculation> unfinished();

  /**
   * Records that the recomputation goes forward (a request done or skipped within a batch), so that
   * no other server takes it up meanwhile.
   */
  void touch(long id);

  /**
   * The recomputations not done yet that have not gone forward for that long (by the database's
   * clock, which every server shares), oldest first.
   */
  List<Recalculation> unfinishedIdleFor(java.time.Duration idle);

  /** The recomputations done since then that went on without some request, latest first. */
  List<Recalculation> finishedWithSkipsSince(Instant since);
}
