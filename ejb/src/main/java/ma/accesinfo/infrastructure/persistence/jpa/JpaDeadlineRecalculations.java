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
        em.createNativeQuery(
                "select calendar_day, reason, after_due_date, after_id, moved"
                    + " from deadline_recalculation where id = ?1 and finished_at is null"
                    + " for update")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Recalculation(
                    id,
                    day(r[0]),
                    (String) r[1],
                    r[2] == null ? null : day(r[2]),
                    r[3] == null ? null : ((Number) r[3]).longValue(),
                    ((Number) r[4]).intValue()));
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
  public List<Long> unfinished() {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select id from deadline_recalculation where finished_at is null order by id")
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
