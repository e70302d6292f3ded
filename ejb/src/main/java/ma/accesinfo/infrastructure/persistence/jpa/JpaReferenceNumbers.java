package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ma.accesinfo.domain.model.shared.ReferenceNumbers;

/**
 * A counter row per series and year, incremented in the caller's transaction: the row stays locked
 * until it commits, so numbers are unique and without gaps.
 */
@ApplicationScoped
public class JpaReferenceNumbers implements ReferenceNumbers {

  @PersistenceContext EntityManager em;

  @Override
  public String next(String series, int year) {
    Number next =
        (Number)
            em.createNativeQuery(
                    "insert into reference_counter (series, year, last_value) values (?1, ?2, 1)"
                        + " on conflict (series, year) do update"
                        + " set last_value = reference_counter.last_value + 1"
                        + " returning last_value")
                .setParameter(1, series)
                .setParameter(2, year)
                .getSingleResult();
    return String.format("%s-%d-%06d", series, year, next.intValue());
  }
}
