package ma.accesinfo.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.calendar.DeadlineRecalculations;
import ma.accesinfo.domain.model.calendar.DeadlineRecalculations.Recalculation;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.InformationRequestRepository.DuePosition;

/**
 * Computes deadlines again after a change of the legal calendar, in the background: a day off
 * declared a week ahead spans the reply period of nearly every running request, at national scale a
 * hundred thousand of them with their procedures' timers, more than one transaction (or one
 * administrator's call) may hold. Each batch is a transaction of its own that takes the requests
 * due soonest first (so that none falls due before its deadline has moved) and records where it
 * stopped; recomputations left unfinished by a stop are taken up again at the next start, or by
 * another server once they have not gone forward for a while.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineRecalculationRunner {

  static final int BATCH = 200;
  static final int ATTEMPTS = 5;
  static final Duration PAUSE = Duration.ofSeconds(5);
  static final Duration RETRY = Duration.ofMillis(500);
  static final Duration IDLE = Duration.ofMinutes(10);

  private static final Logger LOG = Logger.getLogger(DeadlineRecalculationRunner.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject DeadlineRecalculations recalculations;
  @Inject DeadlineRecalculation recalculation;
  @Inject InformationRequestRepository requests;
  @Inject LegalCalendar legalCalendar;
  @Inject Clock clock;
  @EJB DeadlineRecalculationRunner self;

  /** The recomputations this server is walking, so that a resumption does not walk one twice. */
  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  /** Set when the application stops: a walk ends after its batch, for the next start to go on. */
  private volatile boolean stopping;

  @PostConstruct
  void resume() {
    List<Long> unfinished = recalculations.unfinished().stream().map(Recalculation::id).toList();
    if (!unfinished.isEmpty()) {
      LOG.info(unfinished.size() + " recomputations of deadlines left unfinished are taken up");
      executor.submit(() -> unfinished.forEach(this::run));
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
  }

  /**
   * Takes up, every five minutes, a recomputation that has not gone forward for {@link #IDLE}: one
   * that waited after failures (the database back since), or one another server left when it
   * stopped.
   */
  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void resumeStalled() {
    recalculations.unfinishedIdleFor(IDLE).stream()
        .map(Recalculation::id)
        .filter(id -> !running.contains(id))
        .forEach(id -> executor.submit(() -> run(id)));
  }

  /** Starts once the change of the calendar is committed (never for one rolled back). */
  public void requested(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlinesToRecompute event) {
    executor.submit(() -> run(event.id()));
  }

  /**
   * Batch after batch, each committed. A batch that fails (a deadlock with a timer firing at the
   * same moment, a request that cannot be recomputed) is done again request by request, each in its
   * own transaction: a request that still fails after {@link #ATTEMPTS} tries is recorded as
   * skipped and the walk goes on after it. When even that fails (the database gone), the walk
   * pauses and starts again; after {@link #ATTEMPTS} such failures in a row it stops, and {@link
   * #resumeStalled} takes it up later. It also stops, after the request it is at, when the
   * application stops.
   */
  private void run(long id) {
    if (!running.add(id)) {
      return;
    }
    try {
      for (int failures = 0; failures < ATTEMPTS && !stopping; ) {
        try {
          if (self.recomputeBatch(id)) {
            return;
          }
          failures = 0;
        } catch (RuntimeException batchFailed) {
          LOG.log(
              Level.WARNING,
              "A batch of the recomputation of deadlines "
                  + id
                  + " failed; done request by request",
              batchFailed);
          try {
            if (requestByRequest(id)) {
              return;
            }
            failures = 0;
          } catch (RuntimeException e) {
            failures++;
            LOG.log(
                Level.WARNING,
                "The recomputation of deadlines " + id + " failed (" + failures + ")",
                e);
            if (!pause(PAUSE.multipliedBy(failures))) {
              return;
            }
          }
        }
      }
      LOG.warning("Recomputation of deadlines " + id + " left for later");
    } finally {
      running.remove(id);
    }
  }

  /** Does the next batch one request at a time; returns whether the recomputation is done. */
  private boolean requestByRequest(long id) {
    Optional<List<DuePosition>> next = self.nextBatch(id);
    if (next.isEmpty()) {
      return true;
    }
    List<DuePosition> batch = next.get();
    if (batch.isEmpty()) {
      return false; // the next batch finishes it
    }
    int moved = 0;
    for (DuePosition position : batch) {
      if (stopping) {
        return false;
      }
      RuntimeException failure = null;
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
          moved += self.recomputeOne(id, position.id()) ? 1 : 0;
          failure = null;
          break;
        } catch (RuntimeException e) {
          if (databaseUnreachable(e)) {
            throw e; // not the request's fault: the walk pauses and comes back to it
          }
          failure = e;
          if (attempt < ATTEMPTS && !pause(RETRY.multipliedBy(attempt))) {
            throw e;
          }
        }
      }
      if (failure != null) {
        LOG.log(
            Level.SEVERE,
            "The deadline of request " + position.id() + " could not be recomputed; skipped",
            failure);
        self.skip(id, position.id(), failure);
      }
    }
    self.advance(id, batch.get(batch.size() - 1), moved);
    return false;
  }

  /** Whether the failure is the database out of reach (SQL state class 08), not the request. */
  static boolean databaseUnreachable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql
          && (cause instanceof java.sql.SQLTransientConnectionException
              || cause instanceof java.sql.SQLNonTransientConnectionException
              || (sql.getSQLState() != null && sql.getSQLState().startsWith("08")))) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private boolean pause(Duration duration) {
    if (stopping) {
      return false;
    }
    try {
      Thread.sleep(duration.toMillis());
      return true;
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The next batch's requests, read without a lock; empty when the recomputation is done. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<List<DuePosition>> nextBatch(long id) {
    return recalculations
        .lockUnfinished(id)
        .map(at -> requests.runningOnTimeAcross(at.day(), at.afterDueDate(), at.afterId(), BATCH));
  }

  /** Recomputes one request of the recomputation; returns whether its deadline moved. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean recomputeOne(long id, long requestId) {
    Optional<Recalculation> found = recalculations.lockUnfinished(id);
    if (found.isEmpty()) {
      return false;
    }
    Recalculation at = found.get();
    recalculations.touch(id);
    return requests.findAllForChange(List.of(requestId)).stream()
        .anyMatch(request -> recompute(at, request, legalCalendar.clock(), clock.instant()));
  }

  /** Records a request the recomputation goes on without. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void skip(long id, long requestId, RuntimeException failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    recalculations.touch(id);
    recalculations.skip(
        id,
        requestId,
        cause.getClass().getSimpleName() + (message == null ? "" : ": " + message),
        clock.instant());
  }

  /** Moves the recomputation past a batch done request by request, if it is not past it yet. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void advance(long id, DuePosition last, int moved) {
    recalculations
        .lockUnfinished(id)
        .filter(at -> at.afterId() == null || before(at, last))
        .ifPresent(at -> recalculations.advance(id, last.dueDate(), last.id(), at.moved() + moved));
  }

  private static boolean before(Recalculation at, DuePosition last) {
    int byDate = at.afterDueDate().compareTo(last.dueDate());
    return byDate < 0 || (byDate == 0 && at.afterId() < last.id());
  }

  /** Takes the next batch of the recomputation; returns whether it is done. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean recomputeBatch(long id) {
    Optional<Recalculation> found = recalculations.lockUnfinished(id);
    if (found.isEmpty()) {
      return true;
    }
    Recalculation at = found.get();
    Instant now = clock.instant();
    // Read without a lock, so that a request changed meanwhile neither shortens the batch (which
    // would end the walk early) nor moves where the next one starts; then locked and checked again
    List<DuePosition> batch =
        requests.runningOnTimeAcross(at.day(), at.afterDueDate(), at.afterId(), BATCH);
    if (batch.isEmpty()) {
      recalculations.finish(id, at.moved(), now);
      LOG.info(
          "Deadlines across " + at.day() + " computed again: " + at.moved() + " requests moved");
      return true;
    }
    LegalClock legalClock = legalCalendar.clock();
    int moved = at.moved();
    for (InformationRequest request :
        requests.findAllForChange(batch.stream().map(DuePosition::id).toList())) {
      if (recompute(at, request, legalClock, now)) {
        moved++;
      }
    }
    // A request this batch moved later is met again further on, and left as it is
    DuePosition last = batch.get(batch.size() - 1);
    recalculations.advance(id, last.dueDate(), last.id(), moved);
    return false;
  }

  /** Recomputes a request if it still runs on time across the day; returns whether it moved. */
  private boolean recompute(
      Recalculation at, InformationRequest request, LegalClock legalClock, Instant now) {
    boolean stillAcross =
        !request.status().closed()
            && !request.overdue()
            && request.receivedOn().isBefore(at.day())
            && !request.dueDate().isBefore(at.day());
    return stillAcross && recalculation.recompute(request, at.day(), at.reason(), legalClock, now);
  }
}
