package ma.accesinfo.infrastructure.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.accesinfo.domain.model.document.Finding;
import ma.accesinfo.domain.model.document.FindingKind;

/**
 * Patterns of personal data that should not leave in a released document: Moroccan national
 * identity card numbers (one or two letters and five or six digits), Moroccan telephone numbers,
 * e-mail addresses, and bank accounts (Moroccan 24-digit RIB and IBAN). Each pattern found becomes
 * one finding per place, with a count and a masked sample.
 */
final class PersonalDataPatterns {

  private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

  static {
    PATTERNS.put(
        "IBAN", Pattern.compile("(?<![A-Z0-9])[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Z0-9])"));
    PATTERNS.put("RIB", Pattern.compile("(?<!\\d)\\d{3}(?:[ .-]?\\d){21}(?!\\d)"));
    PATTERNS.put(
        "EMAIL",
        Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}"));
    PATTERNS.put(
        "PHONE",
        Pattern.compile("(?<![\\d+])(?:\\+212|00212|0)[ .-]?[5-8](?:[ .-]?\\d){8}(?!\\d)"));
    PATTERNS.put("CIN", Pattern.compile("(?<![\\p{L}\\d])[A-Z]{1,2}\\d{5,6}(?![\\p{L}\\d])"));
  }

  private PersonalDataPatterns() {}

  /** The personal data in one place's text (a sheet, a page, the body of a document). */
  static List<Finding> find(String location, String text) {
    List<Finding> findings = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return findings;
    }
    String remaining = text;
    for (Map.Entry<String, Pattern> pattern : PATTERNS.entrySet()) {
      Matcher m = pattern.getValue().matcher(remaining);
      int count = 0;
      String sample = null;
      StringBuilder rest = new StringBuilder();
      while (m.find()) {
        count++;
        if (sample == null) {
          sample = mask(m.group());
        }
        m.appendReplacement(rest, " ");
      }
      m.appendTail(rest);
      // A bank account also matches the shorter patterns: take each value once.
      remaining = rest.toString();
      if (count > 0) {
        findings.add(
            new Finding(
                FindingKind.PERSONAL_DATA,
                location,
                pattern.getKey() + " ×" + count + " (" + sample + ")"));
      }
    }
    return findings;
  }

  /** The text with every value matching a pattern replaced by the mark. */
  static String replace(String text, String mark) {
    String result = text;
    for (Pattern pattern : PATTERNS.values()) {
      result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(mark));
    }
    return result;
  }

  /** Keeps the first two and the last two characters of a value, hiding the rest. */
  static String mask(String value) {
    String v = value.strip();
    if (v.length() <= 4) {
      return "*".repeat(v.length());
    }
    return v.substring(0, 2) + "*".repeat(v.length() - 4) + v.substring(v.length() - 2);
  }
}
