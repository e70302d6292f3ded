package ma.accesinfo.domain.model.shared;

import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a personal-data attribute sealed, and reads it back in clear. Applied by name to the
 * attributes that hold personal data: only the application, holding the key, can read them.
 */
@Converter
public class PersonalDataConverter implements AttributeConverter<String, String> {

  @Inject PersonalDataProtection protection;

  @Override
  public String convertToDatabaseColumn(String value) {
    return value == null ? null : protection.seal(value);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return stored == null ? null : protection.open(stored);
  }
}
