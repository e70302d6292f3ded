package ma.accesinfo.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ma.accesinfo.reports.TableReport.Row;
import ma.accesinfo.reports.TableReport.Section;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A {@link TableReport} as PDF, as an XLSX workbook and as CSV. */
public final class TableReports {

  private TableReports() {}

  /** The report as PDF: sections with their figures in two columns, and their charts. */
  public static byte[] pdf(TableReport report) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("rtl", report.rtl());
    parameters.put("title", report.title());
    parameters.put("subtitle", report.subtitle());
    parameters.put("period", report.period());
    parameters.put("note", report.note());
    parameters.put("footer", report.footer());
    List<Map<String, ?>> lines = new ArrayList<>();
    for (Section section : report.sections()) {
      lines.add(
          line("heading", section.title(), report.valueHeading(), report.previousHeading(), null));
      for (Row row : section.rows()) {
        lines.add(
            line(
                "row",
                row.label(),
                shown(row.value(), row.percent(), report.language()),
                shown(row.previous(), row.percent(), report.language()),
                null));
      }
      if (section.rows().isEmpty() && section.empty() != null) {
        lines.add(line("note", section.empty(), null, null, null));
      }
      if (section.chart() != null) {
        lines.add(line("chart", null, null, null, section.chart()));
      }
    }
    return Reports.pdf("annual-report", parameters, lines);
  }

  private static Map<String, ?> line(
      String kind, String label, String value, String previous, java.awt.Image chart) {
    Map<String, Object> line = new HashMap<>();
    line.put("kind", kind);
    line.put("label", label);
    line.put("value", value);
    line.put("previous", previous);
    line.put("chart", chart);
    return line;
  }

  /**
   * A figure as the PDF shows it: whole numbers as they are, days and percentages with one decimal
   * (a comma in French), nothing for a figure there is not.
   */
  static String shown(Number value, boolean percent, String language) {
    if (value == null) {
      return "—";
    }
    String text;
    if (value instanceof Double || value instanceof Float) {
      text = String.format(Locale.ROOT, "%.1f", value.doubleValue());
      if ("fr".equals(language)) {
        text = text.replace('.', ',');
      }
    } else {
      text = String.valueOf(value.longValue());
    }
    return percent ? text + " %" : text;
  }

  /**
   * The report as a workbook: one sheet per section (right to left in Arabic), each with the
   * figure's code, its label and the two years' figures as numbers.
   */
  public static byte[] xlsx(TableReport report) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
      Set<String> names = new HashSet<>();
      for (Section section : report.sections()) {
        Sheet sheet = book.createSheet(sheetName(section, names));
        sheet.setRightToLeft(report.rtl());
        org.apache.poi.ss.usermodel.Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(section.title());
        title.getCell(0).setCellStyle(bold);
        org.apache.poi.ss.usermodel.Row heading = sheet.createRow(1);
        String[] headings = {"code", "", report.valueHeading(), report.previousHeading()};
        for (int i = 0; i < headings.length; i++) {
          Cell cell = heading.createCell(i);
          cell.setCellValue(headings[i]);
          cell.setCellStyle(bold);
        }
        int r = 2;
        for (Row row : section.rows()) {
          org.apache.poi.ss.usermodel.Row line = sheet.createRow(r++);
          line.createCell(0).setCellValue(row.key());
          line.createCell(1).setCellValue(row.label());
          number(line.createCell(2), row.value(), decimal);
          number(line.createCell(3), row.previous(), decimal);
        }
        if (section.rows().isEmpty() && section.empty() != null) {
          sheet.createRow(r).createCell(1).setCellValue(section.empty());
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 16 * 256);
      }
      book.getProperties().getCoreProperties().setTitle(report.title());
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("the workbook could not be written", e);
    }
  }

  private static void number(Cell cell, Number value, CellStyle decimal) {
    if (value == null) {
      return;
    }
    if (value instanceof Double || value instanceof Float) {
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(decimal);
    } else {
      cell.setCellValue(value.longValue());
    }
  }

  private static String sheetName(Section section, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(section.title());
    if (base.length() > 28) {
      base = base.substring(0, 28).strip();
    }
    String name = base;
    for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + " " + i;
    }
    return name;
  }

  /**
   * The reports (the same figures in several languages) as one CSV: a line per figure with its
   * section, its code, its label in each language and the two years' figures, in UTF-8 with a byte
   * order mark.
   */
  public static byte[] csv(List<TableReport> editions) {
    TableReport first = editions.get(0);
    StringBuilder csv = new StringBuilder("\uFEFFsection,code");
    for (TableReport edition : editions) {
      csv.append(",label_").append(edition.language());
    }
    csv.append(",value,previous_year_value\r\n");
    for (int s = 0; s < first.sections().size(); s++) {
      Section section = first.sections().get(s);
      for (int r = 0; r < section.rows().size(); r++) {
        Row row = section.rows().get(r);
        csv.append(CsvText.field(section.key())).append(',').append(CsvText.field(row.key()));
        for (TableReport edition : editions) {
          csv.append(',').append(CsvText.field(edition.sections().get(s).rows().get(r).label()));
        }
        csv.append(',').append(raw(row.value())).append(',').append(raw(row.previous()));
        csv.append("\r\n");
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String raw(Number value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      return String.format(Locale.ROOT, "%.1f", value.doubleValue());
    }
    return String.valueOf(value.longValue());
  }
}
