package ma.accesinfo.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the fields of one input and collects every broken rule, so that a person learns of all of
 * them at once. Text is trimmed; blank text counts as absent.
 */
public final class InputCheck {

  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$", Pattern.UNICODE_CHARACTER_CLASS);

  private final List<FieldViolation> violations = new ArrayList<>();

  /** The trimmed text, or null when absent; a violation when required and absent. */
  public String text(String field, String value, boolean required, int maxLength) {
    String trimmed = value == null ? null : value.strip();
    if (trimmed == null || trimmed.isEmpty()) {
      if (required) {
        add(field, "required");
      }
      return null;
    }
    if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
      add(field, "tooLong", maxLength);
      return null;
    }
    if (hasForbiddenCharacters(trimmed)) {
      add(field, "invalidCharacters");
      return null;
    }
    return trimmed;
  }

  /** Text that must also match a pattern; {@code format} names the expected form in messages. */
  public String matching(
      String field, String value, boolean required, int maxLength, Pattern pattern, String format) {
    String text = text(field, value, required, maxLength);
    if (text != null && !pattern.matcher(text).matches()) {
      add(field, "invalidFormat", format);
      return null;
    }
    return text;
  }

  public String email(String field, String value, boolean required) {
    String text = text(field, value, required, 254);
    if (text != null && !EMAIL.matcher(text).matches()) {
      add(field, "invalidEmail");
      return null;
    }
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  /** The constant named by the text, whatever its case; a violation listing the choices. */
  public <E extends Enum<E>> E choice(String field, String value, boolean required, Class<E> type) {
    String text = text(field, value, required, 60);
    if (text == null) {
      return null;
    }
    String wanted = text.toUpperCase(Locale.ROOT);
    Optional<E> match =
        Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
    if (match.isEmpty()) {
      add(field, "invalidChoice", String.join(", ", names(type)));
      return null;
    }
    return match.get();
  }

  public boolean flag(String field, Boolean value) {
    if (value == null) {
      add(field, "required");
      return false;
    }
    return value;
  }

  public void add(String field, String code, Object... arguments) {
    violations.add(new FieldViolation(field, code, List.of(arguments)));
  }

  public boolean hasViolations() {
    return !violations.isEmpty();
  }

  /** Ends the check: throws {@link InvalidInputException} with every violation found. */
  public void done() {
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  /**
   * Control characters other than line breaks and tabs, and the bidirectional overrides that can
   * make a text read differently from what it holds, have no place in what people write.
   */
  public static boolean hasForbiddenCharacters(String text) {
    return text.codePoints()
        .anyMatch(
            c ->
                (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)
                    || c == 0xFFFD);
  }
}
