package ma.accesinfo.domain.model.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the audit trail. The target names the record acted on (a request's reference, a
 * body's code, a day), never personal data; details hold a few further facts, as text.
 */
public record AuditRecord(
    Instant occurredAt,
    Long actorId,
    String actor,
    String action,
    String target,
    Outcome outcome,
    Map<String, String> details) {

  public enum Outcome {
    /** The action was carried out. */
    DONE,
    /** The caller was not allowed to do it (or to see the record). */
    REFUSED,
    /** The caller was allowed but the action failed (a sign-in with a wrong password, say). */
    FAILED
  }

  public AuditRecord {
    Objects.requireNonNull(occurredAt);
    Objects.requireNonNull(action);
    Objects.requireNonNull(outcome);
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
