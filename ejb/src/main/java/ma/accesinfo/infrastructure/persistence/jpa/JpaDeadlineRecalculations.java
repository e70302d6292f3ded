package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.accesinfo.domain.model.calendar.DeadlineRecalculations;

@ApplicationScoped
public class JpaDeadlineRecalculations implements DeadlineRecalculations {

  private static final String SELECT =
      "select id, calendar_day, reason, requested_at, after_due_date, after_id, moved"
          + " from deadline_recalculation";

  @PersistenceContext EntityManager em;

  @Override
  public long request(LocalDate day, String reason, Instant at) {
    return ((Number)
            em.createNativeQuery(
                    "insert into deadline_recalculation (calendar_day, reason, requested_at)"
                        + " values (?1, ?2, ?3) returning id")
                .setParameter(1, day)
                .setParameter(2, reason.length() <= 200 ? reason : reason.substring(0, 200))
                .setParameter(3, at)
                .getSingleResult())
        .longValue();
  }

  @Override
  public Optional<Recalculation> lockUnfinished(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SELECT + " where id = ?1 and finished_at is null for update")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(JpaDeadlineRecalculations::recalculation);
  }

  @Override
  public void advance(long id, LocalDate afterDueDate, long afterId, int moved) {
    em.createNativeQuery(
            "update deadline_recalculation set after_due_date = ?2, after_id = ?3, moved = ?4"
                + " where id = ?1")
        .setParameter(1, id)
        .setParameter(2, afterDueDate)
        .setParameter(3, afterId)
        .setParameter(4, moved)
        .executeUpdate();
  }

  @Override
  public void finish(long id, int moved, Instant at) {
    em.createNativeQuery(
            "update deadline_recalculation set moved = ?2, finished_at = ?3 where id = ?1")
        .setParameter(1, id)
        .setParameter(2, moved)
        .setParameter(3, at)
        .executeUpdate();
  }

  @Override
  public List<Recalculation> unfinished() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SELECT + " where finished_at is null order by id").getResultList();
    return rows.stream().map(JpaDeadlineRecalculations::recalculation).toList();
  }

  private static Recalculation recalculation(Object[] r) {
    return new Recalculation(
        ((Number) r[0]).longValue(),
        day(r[1]),
        (String) r[2],
        instant(r[3]),
        r[4] == null ? null : day(r[4]),
        r[5] == null ? null : ((Number) r[5]).longValue(),
        ((Number) r[6]).intValue());
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.OffsetDateTime time) {
      return time.toInstant();
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
