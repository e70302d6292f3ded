package ma.accesinfo.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox of e-mail. */
public interface Outbox {

  /**
   * Queues the message in the caller's transaction, unless a message with the same key was queued
   * before: returns whether it was queued.
   */
  boolean enqueue(OutboxMessage message);

  /** Messages due for (another) attempt, locked so that concurrent senders take different ones. */
  List<OutboxMessage> lockDue(Instant now, int limit);

  Optional<OutboxMessage> find(long id);
}
