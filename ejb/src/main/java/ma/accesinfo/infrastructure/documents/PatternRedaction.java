package ma.accesinfo.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.accesinfo.domain.model.openness.PersonalDataRedaction;

/**
 * Redaction by the release gate's patterns of personal data, and by the names given, matched as
 * whole words whatever their case.
 */
@ApplicationScoped
public class PatternRedaction implements PersonalDataRedaction {

  @Override
  public String redact(String text, Collection<String> names) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = PersonalDataPatterns.replace(text, MARK);
    for (String name : names) {
      if (name != null && name.strip().length() >= 2) {
        Pattern whole =
            Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        result = whole.matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
      }
    }
    return result;
  }
}
