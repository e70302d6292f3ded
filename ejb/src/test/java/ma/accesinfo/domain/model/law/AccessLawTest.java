package ma.accesinfo.domain.model.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import ma.accesinfo.domain.model.calendar.LegalPeriod;
import org.junit.jupiter.api.Test;

class AccessLawTest {

  private final AccessLaw law = AccessLaw.LAW_31_13;

  @Test
  void shouldDateAnInstantInCasablancaNotInUtc() {
    // 23:30 UTC on Sunday 29 March 2026 is already Monday 30 March in Casablanca (UTC+1)
    assertThat(law.dayOf(Instant.parse("2026-03-29T23:30:00Z")))
        .isEqualTo(LocalDate.of(2026, 3, 30));
  }

  @Test
  void shouldCarryTheLawsPeriodsGroundsAndExemptionsAsData() {
    assertThat(law.replyPeriod(false)).isEqualTo(LegalPeriod.workingDays(20));
    assertThat(law.replyPeriod(true)).isEqualTo(LegalPeriod.days(3));
    assertThat(law.extensionPeriod()).isEqualTo(LegalPeriod.workingDays(20));
    assertThat(law.exemptions()).hasSize(14);
    assertThat(law.isExemption("STATE_SECURITY")).isTrue();
    assertThat(law.isExemption("EMBARRASSMENT")).isFalse();
    assertThat(law.refusalGround("ALREADY_PUBLISHED").orElseThrow().requires())
        .isEqualTo(AccessLaw.Requirement.PUBLISHED_REFERENCE);
    assertThat(law.refusalGround("EXEMPTION").orElseThrow().requires())
        .isEqualTo(AccessLaw.Requirement.EXEMPTIONS_AND_PUBLIC_JUSTIFICATION);
  }
}
