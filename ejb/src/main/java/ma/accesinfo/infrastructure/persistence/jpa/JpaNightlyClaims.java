package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import ma.accesinfo.domain.model.shared.NightlyClaims;
import ma.accesinfo.infrastructure.config.Settings;

@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaNightlyClaims implements NightlyClaims {

  /** How long claims are kept, for an administrator looking at which server did what. */
  static final int KEPT_NIGHTS = 90;

  @PersistenceContext EntityManager em;

  @Override
  public boolean claim(String task, LocalDate night) {
    em.createNativeQuery("delete from nightly_claim where night < ?1")
        .setParameter(1, night.minusDays(KEPT_NIGHTS))
        .executeUpdate();
    return em.createNativeQuery(
                "insert into nightly_claim (task, night, claimed_by, claimed_at)"
                    + " values (?1, ?2, ?3, now()) on conflict do nothing")
            .setParameter(1, task)
            .setParameter(2, night)
            .setParameter(3, Settings.node())
            .executeUpdate()
        == 1;
  }
}
