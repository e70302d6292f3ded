package ma.accesinfo.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.domain.model.calendar.LegalPeriod;

/**
 * The procedure's settings from the environment: {@code ACCESINFO_REMINDERS} (working days before
 * the due date, default {@code 5,2}), {@code ACCESINFO_CLARIFICATION_WORKING_DAYS} (default 10) and
 * {@code ACCESINFO_CLARIFICATION_PAUSES_CLOCK} (default false) and {@code ACCESINFO_RETENTION_DAYS}
 * (default 730).
 */
@ApplicationScoped
public class EnvironmentProcedureSettings implements ProcedureSettings {

  @Override
  public List<Integer> reminderWorkingDaysBeforeDue() {
    return Arrays.stream(Settings.get("accesinfo.reminders").orElse("5,2").split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Integer::valueOf)
        .filter(n -> n > 0)
        .sorted((a, b) -> b - a)
        .toList();
  }

  @Override
  public LegalPeriod clarificationPeriod() {
    return LegalPeriod.workingDays(
        (int) Settings.number("accesinfo.clarification.working-days", 10));
  }

  @Override
  public int personalDataRetentionDays() {
    long days = Settings.number("accesinfo.retention-days", 730);
    if (days < 0 || days > 36_500) {
      throw new IllegalStateException("ACCESINFO_RETENTION_DAYS must be between 0 and 36500");
    }
    return (int) days;
  }

  @Override
  public String openDataLicence() {
    return Settings.get("accesinfo.open-data-licence")
        .orElse("https://creativecommons.org/licenses/by/4.0/");
  }

  @Override
  public long uploadLimitBytes() {
    return Settings.number("accesinfo.upload-limit-mb", 20) * 1024 * 1024;
  }

  @Override
  public String publicAddress() {
    String address = Settings.get("accesinfo.public-address").orElse("http://127.0.0.1:8080");
    return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
  }

  @Override
  public boolean clarificationPausesClock() {
    return Settings.flag("accesinfo.clarification.pauses-clock");
  }
}
