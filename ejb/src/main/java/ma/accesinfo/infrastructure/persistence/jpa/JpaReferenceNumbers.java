package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import ma.accesinfo.domain.model.shared.ReferenceNumbers;

/**
 * Filings of the public are numbered from a PostgreSQL sequence per series and year, which never
 * makes one filing wait for another (ADR 0014). The registers of complaints keep a counter row per
 * series and year, incremented in the caller's transaction: the row stays locked until it commits,
 * so their numbers are unique and without gaps.
 */
@ApplicationScoped
public class JpaReferenceNumbers implements ReferenceNumbers {

  private static final Set<String> SEQUENCES = Set.of(REQUEST, SINGLE_WINDOW);

  @PersistenceContext EntityManager em;

  @Override
  public String next(String series, int year) {
    Number next =
        (Number)
            em.createNativeQuery(
                    SEQUENCES.contains(series)
                        ? "select next_reference_number(?1, ?2)"
                        : "insert into reference_counter (series, year, last_value)"
                            + " values (?1, ?2, 1) on conflict (series, year) do update"
                            + " set last_value = reference_counter.last_value + 1"
                            + " returning last_value")
                .setParameter(1, series)
                .setParameter(2, year)
                // A number depends on nothing the persistence context holds: no flush first.
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    return String.format("%s-%d-%06d", series, year, next.longValue());
  }
}
