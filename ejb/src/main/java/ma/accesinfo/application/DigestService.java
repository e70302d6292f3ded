package ma.accesinfo.application;

import jakarta.ejb.Local;

/**
 * The morning's lists for staff: each officer's list of the body's requests due soon or overdue,
 * and each head's list of the body's requests left without an answer past their period. Each kind
 * is queued in a transaction of its own, so that one failing does not hold back the other.
 */
@Local
public interface DigestService {

  /** Queues today's officers' lists, once per officer, body and day; returns how many. */
  int queueOfficersLists();

  /**
   * Queues a list to each head of a body whose requests fell overdue since the heads were last told
   * (and are still open), and marks those requests told; returns how many heads get one.
   */
  int queueHeadsLists();

  /** An administrator has today's officers' lists sent now rather than at 7:00. */
  int sendOfficersListsNow();

  /** An administrator has the heads' lists sent now rather than at 7:00. */
  int sendHeadsListsNow();
}
