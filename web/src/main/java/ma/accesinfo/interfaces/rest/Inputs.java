package ma.accesinfo.interfaces.rest;

import java.util.List;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;

/** Checks that apply to every JSON body before it reaches a service. */
final class Inputs {

  private Inputs() {}

  /** A date written as 2026-11-27; anything else is refused as invalid input. */
  static java.time.LocalDate date(String field, String text) {
    try {
      return java.time.LocalDate.parse(text == null ? "" : text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(
          List.of(new FieldViolation(field, "invalidFormat", List.of("2026-11-27"))));
    }
  }

  /** A whole number, or null when absent; anything else is refused as invalid input. */
  static Integer number(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          List.of(new FieldViolation(field, "invalidFormat", List.of("20"))));
    }
  }

  /** The parsed body; a request without one is refused as invalid input. */
  static <T> T present(T body) {
    if (body == null) {
      throw new InvalidInputException(
          List.of(new FieldViolation("body", "bodyRequired", List.of())));
    }
    return body;
  }
}
