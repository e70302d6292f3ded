package ma.accesinfo.application;

import java.util.List;
import java.util.Objects;

/**
 * One broken rule of one input field.
 *
 * @param field the field's name as the caller sent it
 * @param code the rule, such as {@code required} or {@code tooLong}
 * @param arguments what the message needs, such as the maximum length
 */
public record FieldViolation(String field, String code, List<Object> arguments) {
  public FieldViolation {
    Objects.requireNonNull(field);
    Objects.requireNonNull(code);
    arguments = List.copyOf(arguments);
  }
}
