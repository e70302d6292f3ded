package ma.accesinfo.domain.model.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.calendar.WeekdayCalendar;
import ma.accesinfo.domain.model.law.AccessLaw;
import org.junit.jupiter.api.Test;

class ReceiptTest {

  private final LegalClock clock = new LegalClock(new WeekdayCalendar());

  @Test
  void shouldDateTheReceiptInCasablancaNotInUtc() {
    // 23:30 UTC on Sunday 29 March 2026 is already Monday 30 March in Casablanca (UTC+1)
    Receipt receipt =
        Receipt.of(Instant.parse("2026-03-29T23:30:00Z"), false, AccessLaw.LAW_31_13, clock);

    assertThat(receipt.receivedOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(receipt.dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
  }

  @Test
  void shouldGiveAnUrgentRequestThreeDays() {
    Receipt receipt =
        Receipt.of(Instant.parse("2026-11-30T10:00:00Z"), true, AccessLaw.LAW_31_13, clock);

    assertThat(receipt.dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
  }
}
