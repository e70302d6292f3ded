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
      "select id, calendar_day, reason, requested_at, after_due_date, after_id, moved,"
          + " finished_at from deadline_recalculation r";

  /** The skipped requests listed for one recomputation, at most. */
  static final int SKIPS_LISTED = 100;

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
            "update deadline_recalculation set after_due_date = ?2, after_id = ?3, moved = ?4,"
                + " progressed_at = now() where id = ?1")
        .setParameter(1, id)
        .setParameter(2, afterDueDate)
        .setParameter(3, afterId)
        .setParameter(4, moved)
        .executeUpdate();
  }

  @Override
  public void skip(long id, long requestId, String failure, Instant at) {
    em.createNativeQuery(
            "insert into deadline_recalculation_skip"
                + " (recalculation_id, request_id, failure, skipped_at) values (?1, ?2, ?3, ?4)"
                + " on conflict (recalculation_id, request_id) do nothing")
        .setParameter(1, id)
        .setParameter(2, requestId)
        .setParameter(3, failure.length() <= 500 ? failure : failure.substring(0, 500))
        .setParameter(4, at)
        .executeUpdate();
  }

  @Override
  public List<Skipped> skipped(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select q.reference, s.failure from deadline_recalculation_skip s"
                    + " join information_request q on q.id = s.request_id"
                    + " where s.recalculation_id = ?1 order by q.reference limit "
                    + SKIPS_LISTED)
            .setParameter(1, id)
            .getResultList();
    return rows.stream().map(r -> new Skipped((String) r[0], (String) r[1])).toList();
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

  @Override
  public void touch(long id) {
    em.createNativeQuery("update deadline_recalculation set progressed_at = now() where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  public List<Recalculation> unfinishedIdleFor(java.time.Duration idle) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                SELECT
                    + " where finished_at is null"
                    + " and progressed_at < now() - make_interval(secs => ?1) order by id")
            .setParameter(1, (double) idle.toSeconds())
            .getResultList();
    return rows.stream().map(JpaDeadlineRecalculations::recalculation).toList();
  }

  @Override
  public List<Recalculation> finishedWithSkipsSince(Instant since) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                SELECT
                    + " where finished_at >= ?1 and exists (select 1 from"
                    + " deadline_recalculation_skip s where s.recalculation_id = r.id)"
                    + " order by finished_at desc")
            .setParameter(1, since)
            .getResultList();
    return rows.stream().map(JpaDeadlineRecalculations::recalculation).toList();
  }

  private static Recalculation recalculation(Object[] r) {
    return new Recalculation(
        ((Number) r[0]).longValue(),
        day(r[1]),
        (String) r[2],
        NativeColumns.instant(r[3]),
        r[4] == null ? null : day(r[4]),
        r[5] == null ? null : ((Number) r[5]).longValue(),
        ((Number) r[6]).intValue(),
        r[7] == null ? null : NativeColumns.instant(r[7]));
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }
}
