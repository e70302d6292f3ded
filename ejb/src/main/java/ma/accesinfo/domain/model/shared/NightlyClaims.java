package ma.accesinfo.domain.model.shared;

import java.time.LocalDate;

/**
 * Work every server sharing the database is scheduled to do once a night: the first server to claim
 * a task's night does it, the others pass. A claim is final: a server that claims and then fails
 * leaves the night's work to the next night (or to an administrator who starts it).
 */
public interface NightlyClaims {

  /** The check of the audit trail's hash chain. */
  String AUDIT_CHAIN_CHECK = "audit-chain-check";

  /** The removal of personal data kept past the retention period. */
  String RETENTION = "retention";

  /**
   * In a transaction of its own: claims {@code task} for {@code night} in the name of this server;
   * true if this call claimed it, false if a server had already.
   */
  boolean claim(String task, LocalDate night);
}
