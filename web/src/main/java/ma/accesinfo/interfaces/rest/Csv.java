package ma.accesinfo.interfaces.rest;

/** CSV fields as RFC 4180 writes them, with formulas defused for spreadsheet programs. */
final class Csv {

  private Csv() {}

  static String field(String value) {
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
