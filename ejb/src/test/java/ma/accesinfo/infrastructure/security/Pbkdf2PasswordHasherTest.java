package ma.accesinfo.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

  private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

  @Test
  void shouldVerifyTheRightPasswordOnlyAndNeverStoreItInClear() {
    String hash = hasher.hash("Citizen-Passw0rd".toCharArray());

    assertThat(hash).startsWith("pbkdf2-sha512$210000$").doesNotContain("Citizen-Passw0rd");
    assertThat(hasher.matches("Citizen-Passw0rd".toCharArray(), hash)).isTrue();
    assertThat(hasher.matches("citizen-passw0rd".toCharArray(), hash)).isFalse();
  }

  @Test
  void shouldSaltEachHash() {
    assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
  }

  @Test
  void shouldRejectAStoredValueOfAnotherForm() {
    assertThat(hasher.matches("x".toCharArray(), "plain-text")).isFalse();
    assertThat(hasher.matches("x".toCharArray(), null)).isFalse();
  }
}
