package ma.accesinfo.domain.model.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a request was received, and the last day the body has to answer it.
 *
 * @param receivedAt the instant of receipt
 * @param receivedOn the day of receipt in the law's time zone, from which the period runs
 * @param dueDate the last day of the reply period
 */
public record Receipt(Instant receivedAt, LocalDate receivedOn, LocalDate dueDate) {}
