package ma.accesinfo.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.accesinfo.domain.model.document.DocumentInspector.Converted;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A spreadsheet's visible cells as CSV, one file per visible sheet: hidden sheets, rows and
 * columns, comments, names, links, caches and properties stay behind. Formulas give their last
 * computed values. A text cell that a spreadsheet program would read as a formula is quoted with a
 * leading apostrophe, so that opening the file runs nothing.
 */
final class SpreadsheetCsv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SpreadsheetCsv() {}

  static List<Converted> convert(String baseName, XSSFWorkbook workbook) {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    formatter.setUseCachedValuesForFormulaCells(true);
    List<Converted> files = new ArrayList<>();
    int visibleSheets = 0;
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
        visibleSheets++;
      }
    }
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (workbook.getSheetVisibility(i) != SheetVisibility.VISIBLE) {
        continue;
      }
      XSSFSheet sheet = workbook.getSheetAt(i);
      StringBuilder csv = new StringBuilder();
      int width = 0;
      for (Row row : sheet) {
        width = Math.max(width, row.getLastCellNum());
      }
      for (Row row : sheet) {
        if (row.getZeroHeight()) {
          continue;
        }
        List<String> values = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          if (sheet.isColumnHidden(c)) {
            continue;
          }
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : field(cell, formatter.formatCellValue(cell)));
        }
        csv.append(String.join(",", values)).append("\r\n");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(BOM);
      out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
      String name =
          visibleSheets == 1 ? baseName + ".csv" : baseName + " - " + sheet.getSheetName() + ".csv";
      files.add(new Converted(name, out.toByteArray()));
    }
    return files;
  }

  private static String field(Cell cell, String value) {
    String v = value;
    if (!v.isEmpty()
        && "=+-@\t\r".indexOf(v.charAt(0)) >= 0
        && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
