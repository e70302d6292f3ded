package ma.accesinfo.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ma.accesinfo.domain.model.shared.Language;
import org.junit.jupiter.api.Test;

/** The letters and e-mail exist in Arabic and French alike, and every text fills its arguments. */
class TextBundlesTest {

  @Test
  void shouldWriteEveryLetterAndMessageInArabicAndFrench() {
    for (String name :
        List.of(DecisionLetters.BUNDLE, Notifications.BUNDLE, AnnualReportWriter.BUNDLE)) {
      ResourceBundle french = ResourceBundle.getBundle(name, Language.FR.locale());
      ResourceBundle arabic = ResourceBundle.getBundle(name, Language.AR.locale());
      assertThat(arabic.keySet()).as(name).containsExactlyInAnyOrderElementsOf(french.keySet());
      for (ResourceBundle bundle : List.of(french, arabic)) {
        for (String key : bundle.keySet()) {
          String text =
              new MessageFormat(bundle.getString(key), Locale.ROOT)
                  .format(new Object[] {"A0", "B1", "C2", "D3", "E4", "F5"});
          assertThat(text).as(name + " " + bundle.getLocale() + " " + key).doesNotContain("{");
        }
      }
    }
  }

  @Test
  void shouldLayArabicMailRightToLeftAndEscapeWhatPeopleWrote() {
    String html = Notifications.html(Language.AR, "موضوع", "سطر <b>أول</b>\n\nفقرة ثانية");

    assertThat(html).contains("dir=\"rtl\"").contains("lang=\"ar\"");
    assertThat(html).contains("&lt;b&gt;").doesNotContain("<b>");
    assertThat(html).contains("<p>فقرة ثانية</p>");
  }
}
