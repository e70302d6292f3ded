package ma.accesinfo.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.application.AuditService;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.infrastructure.config.Daily;
import ma.accesinfo.infrastructure.config.Settings;

/**
 * The work done every night, at times of day in Casablanca's time that are settings: the retention
 * period ({@code ACCESINFO_RETENTION_AT}, 02:30 by default) and the check of the audit trail's
 * chain ({@code ACCESINFO_AUDIT_CHECK_AT}, 03:40). Each runs on one of the servers sharing the
 * database, the first to claim the night. A time that is not one stops the application at start.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyWork {

  static final LocalTime RETENTION_AT = LocalTime.of(2, 30);
  static final LocalTime AUDIT_CHECK_AT = LocalTime.of(3, 40);

  private static final Logger LOG = Logger.getLogger(NightlyWork.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject PersonalDataService personalData;
  @Inject AuditService audit;
  @Inject AccessLaw law;
  @Inject Clock clock;

  private List<Daily> tasks = List.of();

  @PostConstruct
  void start() {
    LocalTime retention = time("accesinfo.retention-at", RETENTION_AT);
    LocalTime auditCheck = time("accesinfo.audit-check-at", AUDIT_CHECK_AT);
    tasks =
        List.of(
            Daily.at(
                scheduler,
                clock,
                law.zone(),
                retention,
                night ->
                    run("The retention period", () -> personalData.startNightlyRetention(night))),
            Daily.at(
                scheduler,
                clock,
                law.zone(),
                auditCheck,
                night ->
                    run(
                        "The check of the audit trail",
                        () -> audit.startNightlyVerification(night))));
  }

  @PreDestroy
  void stop() {
    tasks.forEach(Daily::cancel);
  }

  /** Starts a night's work, which goes on in the background and logs what it did. */
  private static void run(String what, BooleanSupplier work) {
    try {
      if (!work.getAsBoolean()) {
        LOG.fine(what + " is done by another server tonight");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, what + " could not be started", e);
    }
  }

  /** A time of day setting, such as 02:30. */
  static LocalTime time(String key, LocalTime fallback) {
    String value = Settings.get(key).orElse(null);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(
          "The setting "
              + key
              + " must be a time of day such as "
              + fallback
              + ", not '"
              + value
              + "'",
          e);
    }
  }
}
