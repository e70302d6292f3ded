package ma.accesinfo.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.calendar.WeekdayCalendar;
import ma.accesinfo.domain.model.law.AccessLaw;

/**
 * The time, the law and the calendar the application works with. Singletons rather than
 * application-scoped: these are immutable values, and CDI cannot proxy final classes or records.
 */
@ApplicationScoped
public class DomainProducers {

  @Produces
  @Singleton
  Clock clock() {
    // PostgreSQL keeps microseconds: what we answer is then exactly what we stored.
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }

  @Produces
  @Singleton
  AccessLaw law() {
    return AccessLaw.LAW_31_13;
  }

  @Produces
  @Singleton
  LegalClock legalClock() {
    return new LegalClock(new WeekdayCalendar());
  }
}
