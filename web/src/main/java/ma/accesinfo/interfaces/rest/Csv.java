package ma.accesinfo.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import ma.accesinfo.reports.CsvText;

/** CSV fields as RFC 4180 writes them, with formulas defused for spreadsheet programs. */
final class Csv {

  private Csv() {}

  static String field(String value) {
    return CsvText.field(value);
  }

  /** A CSV text sent as a UTF-8 file to save under the given name. */
  static Response download(CharSequence csv, String fileName) {
    return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
