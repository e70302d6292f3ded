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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.calendar.DeadlineRecalculations;
import ma.accesinfo.domain.model.calendar.DeadlineRecalculations.Recalculation;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;

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

  private void run(long id) {
    try {
      while (!self.recomputeBatch(id)) {
        // batch after batch, each committed
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Deadlines could not all be computed again (recomputation "
              + id
              + "); taken up at the"
              + " next start",
          e);
    }
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
    List<InformationRequest> batch =
        requests.runningOnTimeAcross(at.day(), at.afterDueDate(), at.afterId(), BATCH);
    // Where the next batch starts, as the requests stood before this one moved them (a request
    // moved later is met again further on, and left as it is)
    InformationRequest last = batch.isEmpty() ? null : batch.get(batch.size() - 1);
    LocalDate lastDue = last == null ? null : last.dueDate();
    LegalClock legalClock = legalCalendar.clock();
    int moved = at.moved();
    for (InformationRequest request : batch) {
      if (recalculation.recompute(request, at.day(), at.reason(), legalClock, now)) {
        moved++;
      }
    }
    if (batch.size() < BATCH) {
      recalculations.finish(id, moved, now);
      LOG.info("Deadlines across " + at.day() + " computed again: " + moved + " requests moved");
      return true;
    }
    recalculations.advance(id, lastDue, last.id(), moved);
    return false;
  }
}
