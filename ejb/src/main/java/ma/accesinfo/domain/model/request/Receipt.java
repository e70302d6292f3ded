package ma.accesinfo.domain.model.request;

import java.time.Instant;
import java.time.LocalDate;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.law.AccessLaw;

/**
 * When a request was received, and the last day the body has to answer it.
 *
 * @param receivedAt the instant of receipt
 * @param receivedOn the day of receipt in the law's time zone, from which the period runs
 * @param dueDate the last day of the reply period
 */
public record Receipt(Instant receivedAt, LocalDate receivedOn, LocalDate dueDate) {

  /** The receipt of a request received at that instant under that law. */
  public static Receipt of(Instant receivedAt, boolean urgent, AccessLaw law, LegalClock clock) {
    LocalDate receivedOn = receivedAt.atZone(law.zone()).toLocalDate();
    return new Receipt(receivedAt, receivedOn, clock.lastDay(receivedOn, law.replyPeriod(urgent)));
  }
}
