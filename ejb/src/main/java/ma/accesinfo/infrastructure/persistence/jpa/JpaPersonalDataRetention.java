package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import ma.accesinfo.domain.model.request.PersonalDataRetention;

/** Each method is a transaction of its own: a run commits batch by batch. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaPersonalDataRetention implements PersonalDataRetention {

  @PersistenceContext EntityManager em;

  @Override
  public Batch purgeAfter(long afterId, Instant closedBefore, int limit, Instant at) {
    @SuppressWarnings("unchecked")
    List<Number> found =
        em.createNativeQuery(
                "select r.id from information_request r"
                    + " where r.id > ?1 and r.personal_data_purged_at is null"
                    + " and r.status in ('ANSWERED', 'FORWARDED', 'WITHDRAWN')"
                    + " and r.updated_at < ?2"
                    + " and not exists (select 1 from head_complaint h where h.request_id = r.id"
                    + "   and (h.status <> 'CLOSED' or h.updated_at >= ?2))"
                    + " and not exists (select 1 from commission_complaint c"
                    + "   where c.request_id = r.id"
                    + "   and (c.status not in ('INADMISSIBLE', 'RECOMMENDED')"
                    + "     or c.compliance_status = 'PENDING' or c.updated_at >= ?2))"
                    + " order by r.id limit ?3 for update of r skip locked")
            .setParameter(1, afterId)
            .setParameter(2, closedBefore)
            .setParameter(3, limit)
            .getResultList();
    if (found.isEmpty()) {
      return new Batch(0, 0, null);
    }
    List<Long> ids = found.stream().map(Number::longValue).toList();
    int anonymised =
        em.createNativeQuery(
                "update information_request set requester_first_name = '-',"
                    + " requester_last_name = '-', requester_address = null,"
                    + " requester_national_id = null, requester_residence_document_number = null,"
                    + " requester_email = null, personal_data_purged_at = ?1"
                    + " where id in (?2)")
            .setParameter(1, at)
            .setParameter(2, ids)
            .executeUpdate();
    int erased =
        em.createNativeQuery(
                "update outbox_message set recipient = 'erased', subject = '-', body_text = '',"
                    + " body_html = '' where request_id in (?1) and status in ('SENT', 'FAILED')"
                    + " and recipient <> 'erased'")
            .setParameter(1, ids)
            .executeUpdate();
    // Only an empty batch ends the run: a row changed by another transaction meanwhile can leave
    // a batch short of the limit before the end
    return new Batch(anonymised, erased, ids.get(ids.size() - 1));
  }

  @Override
  public int eraseAccountMail(Instant before) {
    return em.createNativeQuery(
            "update outbox_message set recipient = 'erased', subject = '-', body_text = '',"
                + " body_html = '' where request_id is null and status in ('SENT', 'FAILED')"
                + " and created_at < ?1 and recipient <> 'erased'")
        .setParameter(1, before)
        .executeUpdate();
  }

  @Override
  public void recordRun(
      Instant at, Instant closedBefore, int requests, int messages, Long startedBy) {
    // A scheduled run has no one who started it (and a null parameter has no SQL type to bind)
    var insert =
        em.createNativeQuery(
                "insert into retention_run (ran_at, closed_before, requests_anonymised,"
                    + " messages_erased, started_by) values (?1, ?2, ?3, ?4, "
                    + (startedBy == null ? "null" : "?5")
                    + ")")
            .setParameter(1, at)
            .setParameter(2, closedBefore)
            .setParameter(3, requests)
            .setParameter(4, messages);
    if (startedBy != null) {
      insert.setParameter(5, startedBy);
    }
    insert.executeUpdate();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<RecordedRun> recentRuns(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select r.ran_at, r.closed_before, r.requests_anonymised, r.messages_erased,"
                    + " a.email from retention_run r left join account a on a.id = r.started_by"
                    + " order by r.ran_at desc, r.id desc limit ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new RecordedRun(
                    NativeColumns.instant(row[0]),
                    NativeColumns.instant(row[1]),
                    ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue(),
                    (String) row[4]))
        .toList();
  }
}
