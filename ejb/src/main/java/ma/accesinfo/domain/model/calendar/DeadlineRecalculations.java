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
      int moved) {}

  /** Records that the deadlines across that day are to be recomputed; returns its id. */
  long request(LocalDate day, String reason, Instant at);

  /**
   * The recomputation, locked until the transaction ends (so that two servers take its batches in
   * turn); empty once finished.
   */
  Optional<Recalculation> lockUnfinished(long id);

  /** Records where the recomputation has got to, and how many deadlines it has moved in all. */
  void advance(long id, LocalDate afterDueDate, long afterId, int moved);

  /** Records that it is done. */
  void finish(long id, int moved, Instant at);

  /** The recomputations not done yet, oldest first. */
  List<Recalculation> unfinished();
}
