package ma.accesinfo.domain.model.request;

import java.time.Instant;
import java.util.List;

/**
 * Keeps personal data no longer than needed (Law 09-08): once a request has been closed for the
 * retention period, with no complaint about it still open, its requester's identity, address and
 * e-mail are removed, and the mail sent about it is erased; its facts stay for the statistics.
 */
public interface PersonalDataRetention {

  /**
   * Requests closed before that instant whose personal data is still held, at most {@code limit}.
   */
  List<Long> purgeable(Instant closedBefore, int limit);

  /** Removes the requester's personal data from those requests; returns how many changed. */
  int purge(List<Long> requestIds, Instant at);

  /**
   * Erases sent mail (and mail given up on) about those requests, and sent account mail
   * (verification, password reset) older than {@code accountMailBefore}; returns how many messages
   * were erased.
   */
  int eraseMail(List<Long> requestIds, Instant accountMailBefore);

  /** Records what a run did. */
  void recordRun(Instant at, Instant closedBefore, int requests, int messages, Long startedBy);
}
