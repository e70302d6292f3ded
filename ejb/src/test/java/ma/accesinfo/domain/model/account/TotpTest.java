package ma.accesinfo.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

  // RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890"
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void shouldGiveTheRfc6238TestValues() {
    assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(59)), 8))
        .isEqualTo("94287082");
    assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(1111111109)), 8))
        .isEqualTo("07081804");
    assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(1234567890)), 8))
        .isEqualTo("89005924");
    assertThat(Totp.code(RFC_SEED, Totp.stepAt(Instant.ofEpochSecond(20000000000L)), 8))
        .isEqualTo("65353130");
  }

  @Test
  void shouldRoundTripBase32AsAuthenticatorAppsWriteIt() {
    // "12345678901234567890" in base32, as RFC 4648 writes it
    assertThat(Totp.base32(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(Totp.decodeBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SEED);
  }

  @Test
  void shouldAcceptANeighbouringStepOnceAndRefuseItsReplay() {
    String secret = Totp.newSecret();
    Instant now = Instant.parse("2026-11-27T10:00:10Z");
    long step = Totp.stepAt(now);
    String previous = Totp.code(secret, step - 1);

    assertThat(Totp.match(secret, previous, now, Long.MIN_VALUE)).hasValue(step - 1);
    assertThat(Totp.match(secret, previous, now, step - 1)).isEmpty();
    assertThat(Totp.match(secret, Totp.code(secret, step - 2), now, Long.MIN_VALUE)).isEmpty();
    assertThat(Totp.match(secret, "12345", now, Long.MIN_VALUE)).isEmpty();
  }
}
