package ma.accesinfo.interfaces.rest;

import java.util.List;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;

/** Checks that apply to every JSON body before it reaches a service. */
final class Inputs {

  private Inputs() {}

  /** The parsed body; a request without one is refused as invalid input. */
  static <T> T present(T body) {
    if (body == null) {
      throw new InvalidInputException(
          List.of(new FieldViolation("body", "bodyRequired", List.of())));
    }
    return body;
  }
}
