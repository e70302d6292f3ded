package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyRepository;

@ApplicationScoped
public class JpaBodyRepository implements BodyRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Body> findByCode(String code) {
    return em.createQuery("select b from Body b where b.code = :code", Body.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Body> find(long id) {
    return Optional.ofNullable(em.find(Body.class, id));
  }

  @Override
  public List<Body> search(String text, int limit) {
    if (text == null || text.isBlank()) {
      return em.createQuery("select b from Body b where b.active order by b.code", Body.class)
          .setMaxResults(limit)
          .getResultList();
    }
    String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
    return em.createQuery(
            "select b from Body b where b.active and (lower(b.code) like :p escape '\\'"
                + (" or " + Folded.of("b.nameFr") + " like :folded escape '\\'")
                + (" or " + Folded.of("b.nameAr") + " like :folded escape '\\')")
                + " order by b.code",
            Body.class)
        .setParameter("p", pattern)
        .setParameter("folded", "%" + escapeLike(Folded.text(em, text)) + "%")
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void store(Body body) {
    em.persist(body);
    em.flush();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
