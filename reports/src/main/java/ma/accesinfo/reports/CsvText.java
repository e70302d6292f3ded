package ma.accesinfo.reports;

/** CSV fields as RFC 4180 writes them, with formulas defused for spreadsheet programs. */
public final class CsvText {

  private CsvText() {}

  /** The value quoted, with a leading formula character made plain text; empty for null. */
  public static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
