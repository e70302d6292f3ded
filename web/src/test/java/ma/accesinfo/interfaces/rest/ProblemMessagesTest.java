package ma.accesinfo.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import ma.accesinfo.domain.model.shared.Language;
import org.junit.jupiter.api.Test;

/** Every problem is explained in Arabic, French and English, and every message formats. */
class ProblemMessagesTest {

  private static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(Problems.BUNDLE, language.locale());
  }

  @Test
  void shouldExplainEveryProblemInEveryLanguage() {
    Set<String> english = new TreeSet<>(Collections.list(bundle(Language.EN).getKeys()));
    for (Language language : List.of(Language.AR, Language.FR)) {
      ResourceBundle bundle = bundle(language);
      Set<String> keys = new TreeSet<>(bundle.keySet());
      assertThat(keys).as("messages in " + language).containsAll(english);
      for (String key : english) {
        assertThat(bundle.getString(key)).as(language + " " + key).isNotBlank();
      }
    }
    assertThat(bundle(Language.AR).getString("status.404")).isEqualTo("غير موجود");
  }

  @Test
  void shouldFillEveryArgumentOfEveryMessage() {
    Object[] arguments = {"A1", "B2", "C3"};
    for (Language language : Language.values()) {
      ResourceBundle bundle = bundle(language);
      for (String key : bundle.keySet()) {
        String text = new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
        assertThat(text).as(language + " " + key).doesNotContain("{0}", "{1}");
      }
    }
  }
}
