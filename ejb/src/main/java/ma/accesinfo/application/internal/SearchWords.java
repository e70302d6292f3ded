package ma.accesinfo.application.internal;

import java.util.regex.Pattern;

/** Turns a text someone is writing into a search for any of its longer words. */
final class SearchWords {

  private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
  private static final int MOST = 12;

  private SearchWords() {}

  /**
   * The text's distinct words of four letters or more, at most twelve, joined by {@code or} as web
   * search syntax reads it; null when there is none. A request in the making rarely matches an
   * earlier one word for word, so any word counts.
   */
  static String anyOf(String text) {
    if (text == null) {
      return null;
    }
    var words = WORD.matcher(text).results().map(m -> m.group()).distinct().limit(MOST).toList();
    return words.isEmpty() ? null : String.join(" or ", words);
  }
}
