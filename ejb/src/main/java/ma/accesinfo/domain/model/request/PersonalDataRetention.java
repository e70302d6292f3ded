package ma.accesinfo.domain.model.request;

import java.time.Instant;
import java.util.List;

/**
 * Keeps personal data no longer than needed (Law 09-08): once a request has been closed for the
 * retention period, with no complaint about it still open, its requester's identity, address and
 * e-mail are removed, and the mail sent about it is erased; its facts stay for the statistics.
 *
 * <p>A run goes through the requests in batches, each in a transaction of its own, each going on
 * from the last request the one before looked at: the first run on a national database has hundreds
 * of thousands of requests to go through, which no single transaction should hold.
 */
public interface PersonalDataRetention {

  /**
   * What one batch did: how many requests it removed the personal data of, how many messages about
   * them it erased, and the id of the last request it looked at (null when none was left).
   */
  record Batch(int anonymised, int erased, Long lastId) {}

  /**
   * In a transaction of its own: among the requests after {@code afterId} in the order of their
   * ids, the first {@code limit} closed before {@code closedBefore} with no complaint still open
   * whose personal data is still held lose it, and the sent mail (and mail given up on) about them
   * is erased. Requests another transaction holds are passed over, for the next run.
   */
  Batch purgeAfter(long afterId, Instant closedBefore, int limit, Instant at);

  /**
   * In a transaction of its own: erases sent account mail (verification, password reset) older than
   * {@code before}; returns how many messages were erased.
   */
  int eraseAccountMail(Instant before);

  /** Records what a run did. */
  void recordRun(Instant at, Instant closedBefore, int requests, int messages, Long startedBy);

  /** A run on record, with the e-mail of who started it (null: the schedule). */
  record RecordedRun(
      Instant ranAt, Instant closedBefore, int requests, int messages, String startedBy) {}

  /** The last {@code limit} runs on record, the latest first. */
  List<RecordedRun> recentRuns(int limit);
}
