package ma.accesinfo.domain.model.publication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A body's declaration for one category of Art. 10: published (where, last updated when), not
 * published, or not applicable (why); each new declaration replaces the last, and the audit trail
 * keeps who made it.
 */
public record ProactivePublication(
    long bodyId,
    PublicationCategory category,
    PublicationStatus status,
    String url,
    LocalDate lastUpdated,
    String note,
    long declaredBy,
    Instant declaredAt) {}
