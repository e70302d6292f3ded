package ma.accesinfo.application;

import jakarta.ejb.Local;

/**
 * The morning's lists for staff: each officer's list of the body's requests due soon or overdue,
 * and each head's list of the body's requests left without an answer past their period.
 */
@Local
public interface DigestService {

  /** How many officers and heads of bodies were sent a list. */
  record Sent(int officers, int heads) {}

  /** Queues today's lists, once per person, body and day. */
  Sent queueDailyDigest();

  /** An administrator has today's lists sent now rather than at 7:00. */
  Sent sendDailyDigestNow();
}
