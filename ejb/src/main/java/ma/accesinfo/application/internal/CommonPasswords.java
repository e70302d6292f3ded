package ma.accesinfo.application.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords people choose most often, which an attacker tries first: refused for every account,
 * alone or with digits or symbols tacked on before or after ("sunshine2026!").
 */
final class CommonPasswords {

  private static final Set<String> LIST = load();

  private CommonPasswords() {}

  static boolean contains(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    if (LIST.contains(lower)) {
      return true;
    }
    String stem = lower.replaceAll("[^\\p{L}]+$", "");
    String lead = lower.replaceAll("^[^\\p{L}]+", "");
    return (stem.length() >= 5 && LIST.contains(stem))
        || (lead.length() >= 5 && LIST.contains(lead));
  }

  private static Set<String> load() {
    try (InputStream in =
            CommonPasswords.class.getResourceAsStream(
                "/ma/accesinfo/security/common-passwords.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Set<String> words = new HashSet<>();
      reader
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(l -> words.add(l.strip()));
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
