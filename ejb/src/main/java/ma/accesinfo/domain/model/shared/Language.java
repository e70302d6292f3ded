package ma.accesinfo.domain.model.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language the product speaks to people in. Arabic is the default. */
public enum Language {
  AR("ar"),
  FR("fr"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * The locale for Morocco in this language (Western digits, as Moroccan administration writes).
   */
  public Locale locale() {
    return this == EN ? Locale.ENGLISH : Locale.forLanguageTag(code + "-MA");
  }

  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String normalised = code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.code.equals(normalised)).findFirst();
  }
}
