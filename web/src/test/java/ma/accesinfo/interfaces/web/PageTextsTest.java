package ma.accesinfo.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PageTextsTest {

  private static Properties load(String suffix) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        PageTextsTest.class.getResourceAsStream(
            "/ma/accesinfo/interfaces/web/messages" + suffix + ".properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return texts;
  }

  @Test
  void shouldGiveEveryPageTextInFrenchAndEnglish() throws IOException {
    Properties arabic = load("");
    for (String language : new String[] {"_fr", "_en"}) {
      assertThat(load(language).stringPropertyNames())
          .as(language)
          .containsExactlyInAnyOrderElementsOf(arabic.stringPropertyNames());
    }
    assertThat(load("_fr").values()).noneMatch(v -> v.toString().contains("'"));
  }

  @Test
  void shouldWriteAmazighInTifinaghAndOnlyForKeysThatExist() throws IOException {
    Properties arabic = load("");
    Properties amazigh = load("_zgh");
    assertThat(arabic.stringPropertyNames()).containsAll(amazigh.stringPropertyNames());
    assertThat(amazigh.getProperty("nav.file")).matches(".*[\\u2D30-\\u2D7F].*");
    assertThat(amazigh.values())
        .allMatch(v -> !v.toString().matches(".*[\\u0600-\\u06FF].*"), "no Arabic script");
  }
}
