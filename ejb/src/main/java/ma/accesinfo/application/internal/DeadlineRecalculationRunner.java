package ma.accesinfo.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
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
 * stopped; recomputations left unfinished by a stop are taken up again at the next start.
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

  private static final Logger LOG = Logger.getLogger(DeadlineRecalculationRunner.class.getName());

  @Resource ManagedExecutorService executor;
  @Inject DeadlineRecalculations recalculations;
  @Inject DeadlineRecalculation recalculation;
  @Inject InformationRequestRepository requests;
  @Inject LegalCalendar legalCalendar;
  @Inject Clock clock;
  @EJB DeadlineRecalculationRunner self;

  @PostConstruct
  void resume() {
    List<Long> unfinished = recalculations.unfinished().stream().map(Recalculation::id).toList();
    if (!unfinished.isEmpty()) {
      LOG.info(unfinished.size() + " recomputations of deadlines left unfinished are taken up");
      executor.submit(() -> unfinished.forEach(this::run));
    }
  }

  /** Starts once the change of the calendar is committed (never for one rolled back). */
  public void requested(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlinesToRecompute event) {
    executor.submit(() -> run(event.id()));
  }

  /**
   * Batch after batch, each committed. A batch that fails (a deadlock, a timer firing at the same
   * moment) is tried again after a pause; after {@link #ATTEMPTS} failures in a row the
   * recomputation waits for the next start.
   */
  private void run(long id) {
    for (int failures = 0; failures < ATTEMPTS; ) {
      try {
        if (self.recomputeBatch(id)) {
          return;
        }
        failures = 0;
      } catch (RuntimeException e) {
        failures++;
        LOG.log(
            Level.WARNING,
            "A batch of the recomputation of deadlines " + id + " failed (" + failures + ")",
            e);
        try {
          Thread.sleep(PAUSE.toMillis() * failures);
        } catch (InterruptedException stopping) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    LOG.warning("Recomputation of deadlines " + id + " left for the next start");
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
      boolean stillAcross =
          !request.status().closed()
              && !request.overdue()
              && request.receivedOn().isBefore(at.day())
              && !request.dueDate().isBefore(at.day());
      if (stillAcross && recalculation.recompute(request, at.day(), at.reason(), legalClock, now)) {
        moved++;
      }
    }
    // A request this batch moved later is met again further on, and left as it is
    DuePosition last = batch.get(batch.size() - 1);
    recalculations.advance(id, last.dueDate(), last.id(), moved);
    return false;
  }
}
