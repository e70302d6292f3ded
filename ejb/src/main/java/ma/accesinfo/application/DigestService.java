package ma.accesinfo.application;

import jakarta.ejb.Local;

/** The officers' daily digest of requests due soon or overdue. */
@Local
public interface DigestService {

  /** Queues today's digests, once per officer and day; returns how many officers get one. */
  int queueDailyDigest();

  /** An administrator has today's digests sent now rather than at 7:00. */
  int sendDailyDigestNow();
}
