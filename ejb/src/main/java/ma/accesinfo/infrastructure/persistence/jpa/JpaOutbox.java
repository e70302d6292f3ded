package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ma.accesinfo.domain.model.notification.Outbox;
import ma.accesinfo.domain.model.notification.OutboxMessage;

@ApplicationScoped
public class JpaOutbox implements Outbox {

  @PersistenceContext EntityManager em;

  @Override
  public boolean enqueue(OutboxMessage message) {
    // The key's unique index decides: a second message with the same key is not queued.
    int queued =
        em.createNativeQuery(
                "insert into outbox_message (dedupe_key, request_id, recipient, language, subject,"
                    + " body_text, body_html, status, attempts, next_attempt_at, created_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', 0, ?8, ?8)"
                    + " on conflict (dedupe_key) do nothing")
            .setParameter(1, message.key())
            .setParameter(2, requestIdOf(message))
            .setParameter(3, message.recipient())
            .setParameter(4, message.language().code())
            .setParameter(5, message.subject())
            .setParameter(6, message.bodyText())
            .setParameter(7, message.bodyHtml())
            .setParameter(8, Instant.now())
            // No flush first: the message refers to nothing the persistence context may hold
            // unwritten (a request is written when it is stored), and flushing a context before
            // each message (two when a request goes overdue) cost more than the insert.
            .setFlushMode(FlushModeType.COMMIT)
            .executeUpdate();
    return queued == 1;
  }

  private static Long requestIdOf(OutboxMessage message) {
    return message.requestId();
  }

  @Override
  public List<OutboxMessage> lockDue(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<OutboxMessage> due =
        em.createNativeQuery(
                "select * from outbox_message where status in ('PENDING', 'SENDING')"
                    + " and next_attempt_at <= ?1 order by next_attempt_at limit ?2"
                    + " for update skip locked",
                OutboxMessage.class)
            .setParameter(1, now)
            .setParameter(2, limit)
            .getResultList();
    return due;
  }

  @Override
  public Optional<OutboxMessage> find(long id) {
    return Optional.ofNullable(em.find(OutboxMessage.class, id));
  }
}
