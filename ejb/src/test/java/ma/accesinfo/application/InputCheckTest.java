package ma.accesinfo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ma.accesinfo.domain.model.request.DeliveryMode;
import org.junit.jupiter.api.Test;

class InputCheckTest {

  @Test
  void shouldCollectEveryViolationBeforeRefusing() {
    InputCheck check = new InputCheck();
    check.text("subject", "  ", true, 10);
    check.text("description", "x".repeat(11), true, 10);
    check.choice("deliveryMode", "PIGEON", true, DeliveryMode.class);
    check.email("email", "not-an-address", true);

    assertThatThrownBy(check::done)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field, FieldViolation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("subject", "required"),
                        org.assertj.core.groups.Tuple.tuple("description", "tooLong"),
                        org.assertj.core.groups.Tuple.tuple("deliveryMode", "invalidChoice"),
                        org.assertj.core.groups.Tuple.tuple("email", "invalidEmail")));
  }

  @Test
  void shouldTrimTextAndAcceptChoicesInAnyCase() {
    InputCheck check = new InputCheck();

    assertThat(check.text("subject", "  Budget 2025 ", true, 100)).isEqualTo("Budget 2025");
    assertThat(check.choice("deliveryMode", "on_site", true, DeliveryMode.class))
        .isEqualTo(DeliveryMode.ON_SITE);
    assertThat(check.email("email", " Amina@Example.MA ", true)).isEqualTo("amina@example.ma");
    assertThat(check.hasViolations()).isFalse();
  }

  @Test
  void shouldRefuseBidirectionalOverridesAndControlCharactersButKeepArabicAndLineBreaks() {
    InputCheck check = new InputCheck();

    assertThat(check.text("description", "ميزانية\nالجماعة", true, 100))
        .isEqualTo("ميزانية\nالجماعة");
    assertThat(check.text("subject", "abc\u202Edef", true, 100)).isNull();
    assertThat(check.text("address", "a\u0000b", true, 100)).isNull();
    assertThatThrownBy(check::done).isInstanceOf(InvalidInputException.class);
  }
}
