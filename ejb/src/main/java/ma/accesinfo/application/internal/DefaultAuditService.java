package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.AuditService;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.audit.AuditLog;
import ma.accesinfo.domain.model.audit.AuditLog.ChainCheck;
import ma.accesinfo.domain.model.audit.AuditLog.SealedEntry;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultAuditService implements AuditService {

  /** How far back another server's check of the chain is shown. */
  static final java.time.Duration WRITTEN_CHECK_SHOWN = java.time.Duration.ofDays(8);

  /** How many entries of a copy are read in one transaction. */
  static final int EXPORT_PART = 5_000;

  @Inject AuditLog auditLog;
  @Inject Callers callers;
  @Inject AuditChainChecking checking;
  @Inject java.time.Clock clock;

  @Override
  public ChainVerification startVerification() {
    Account admin = requireAdministrator();
    return view(checking.begin(admin.id(), admin.email()));
  }

  @Override
  public boolean startNightlyVerification(LocalDate night) {
    callers.requireSchedule();
    return checking.beginNight(night);
  }

  /**
   * This server's check going on, else the latest check that ended, this server's or, as written to
   * the trail, another's (the nightly check runs on one server: the others show its outcome).
   */
  @Override
  public ChainVerification currentVerification() {
    requireAdministrator();
    BackgroundRun<ChainCheck> run = checking.last();
    if (run == null || !run.running()) {
      Optional<AuditLog.WrittenEntry> written =
          auditLog.lastOf(AuditChainChecking.ACTION, clock.instant().minus(WRITTEN_CHECK_SHOWN));
      // This server's own outcome is written before its run ends
      if (written.isPresent() && (run == null || written.get().occurredAt().isAfter(run.endedAt))) {
        return view(written.get());
      }
    }
    return view(run);
  }

  /** A check another server did, as its outcome was written to the trail. */
  private static ChainVerification view(AuditLog.WrittenEntry check) {
    Map<String, String> details = check.details();
    Long entries = details.containsKey("entries") ? Long.valueOf(details.get("entries")) : null;
    return new ChainVerification(
        false,
        null,
        check.occurredAt(),
        entries == null ? 0 : entries,
        !"DONE".equals(check.outcome()),
        details.containsKey("intact") ? Boolean.valueOf(details.get("intact")) : null,
        entries,
        null,
        details.containsKey("firstBrokenSeq") ? Long.valueOf(details.get("firstBrokenSeq")) : null,
        null);
  }

  private static ChainVerification view(BackgroundRun<ChainCheck> run) {
    if (run == null) {
      return new ChainVerification(false, null, null, 0, false, null, null, null, null, null);
    }
    // Read once: the outcome is set before the end, so an ended run is shown with it
    java.time.Instant ended = run.endedAt;
    ChainCheck outcome = ended == null ? null : run.outcome;
    return new ChainVerification(
        ended == null,
        run.startedAt,
        ended,
        run.done.get(),
        run.failed,
        outcome == null ? null : outcome.intact(),
        outcome == null ? null : outcome.entries(),
        outcome == null ? null : outcome.unsealed(),
        outcome == null ? null : outcome.firstBrokenSeq(),
        outcome == null ? null : outcome.lastHash());
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void startExport(LocalDate from, LocalDate to) {
    requireAdministrator();
    requirePeriod(from, to);
    while (auditLog.sealPending() > 0) {
      // what was just done belongs in the copy
    }
  }

  @Override
  public Long listEntries(LocalDate from, LocalDate to, long afterSeq, Consumer<SealedEntry> sink) {
    requireAdministrator();
    requirePeriod(from, to);
    Long last = null;
    for (SealedEntry entry :
        auditLog.entries(
            from.atStartOfDay(ZoneOffset.UTC).toInstant(),
            to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
            afterSeq,
            EXPORT_PART)) {
      sink.accept(entry);
      last = entry.seq();
    }
    return last;
  }

  private static void requirePeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException(
          List.of(new FieldViolation("to", "periodInvalid", List.of())));
    }
  }

  private Account requireAdministrator() {
    Account caller = callers.require();
    if (!caller.holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
    return caller;
  }
}
