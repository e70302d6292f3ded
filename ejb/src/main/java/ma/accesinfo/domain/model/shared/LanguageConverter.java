package ma.accesinfo.domain.model.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language as its lower-case code, the form the schema checks and people read. */
@Converter(autoApply = true)
public class LanguageConverter implements AttributeConverter<Language, String> {

  @Override
  public String convertToDatabaseColumn(Language language) {
    return language == null ? null : language.code();
  }

  @Override
  public Language convertToEntityAttribute(String code) {
    return code == null
        ? null
        : Language.fromCode(code)
            .orElseThrow(() -> new IllegalStateException("unknown language code " + code));
  }
}
