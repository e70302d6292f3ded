package ma.accesinfo.infrastructure.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.accesinfo.domain.model.document.Finding;
import ma.accesinfo.domain.model.document.FindingKind;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;

/**
 * Inspection of Office Open XML documents (XLSX, DOCX): what hides in the workbook or document
 * model, what hides among the package's parts, and the personal data in the text.
 */
final class OfficeInspection {

  private OfficeInspection() {}

  static List<Finding> spreadsheet(XSSFWorkbook workbook) {
    List<Finding> findings = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    formatter.setUseCachedValuesForFormulaCells(true);
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      XSSFSheet sheet = workbook.getSheetAt(i);
      String name = sheet.getSheetName();
      SheetVisibility visibility = workbook.getSheetVisibility(i);
      if (visibility == SheetVisibility.HIDDEN) {
        findings.add(new Finding(FindingKind.HIDDEN_SHEET, name, rowsOf(sheet)));
      } else if (visibility == SheetVisibility.VERY_HIDDEN) {
        findings.add(new Finding(FindingKind.VERY_HIDDEN_SHEET, name, rowsOf(sheet)));
      }
      List<Integer> hiddenRows = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      for (Row row : sheet) {
        if (row.getZeroHeight()) {
          hiddenRows.add(row.getRowNum() + 1);
        }
        for (Cell cell : row) {
          text.append(formatter.formatCellValue(cell)).append('\n');
        }
      }
      if (!hiddenRows.isEmpty()) {
        findings.add(new Finding(FindingKind.HIDDEN_ROWS, name, "rows " + ranges(hiddenRows)));
      }
      List<String> hiddenColumns = new ArrayList<>();
      for (CTCols cols : sheet.getCTWorksheet().getColsArray()) {
        for (CTCol col : cols.getColArray()) {
          if (col.getHidden()) {
            hiddenColumns.add(
                column(col.getMin())
                    + (col.getMax() > col.getMin() ? "–" + column(col.getMax()) : ""));
          }
        }
      }
      if (!hiddenColumns.isEmpty()) {
        findings.add(
            new Finding(
                FindingKind.HIDDEN_COLUMNS, name, "columns " + String.join(", ", hiddenColumns)));
      }
      int comments = sheet.getCellComments().size();
      if (comments > 0) {
        findings.add(new Finding(FindingKind.COMMENT, name, comments + " comment(s)"));
      }
      findings.addAll(PersonalDataPatterns.find(name, text.toString()));
    }
    for (Name defined : workbook.getAllNames()) {
      String n = defined.getNameName();
      if (!n.startsWith("_xlnm.") && !n.startsWith("_xlfn.") && !defined.isFunctionName()) {
        findings.add(
            new Finding(FindingKind.NAMED_RANGE, n, String.valueOf(defined.getRefersToFormula())));
      }
    }
    findings.addAll(parts(workbook));
    findings.addAll(properties(workbook));
    return findings;
  }

  static List<Finding> wordProcessing(XWPFDocument document) throws IOException {
    List<Finding> findings = new ArrayList<>();
    int comments = document.getComments() == null ? 0 : document.getComments().length;
    if (comments > 0) {
      findings.add(new Finding(FindingKind.COMMENT, "document", comments + " comment(s)"));
    }
    String xml = document.getDocument().xmlText();
    int changes = count(xml, "<w:ins ") + count(xml, "<w:del ") + count(xml, "<w:moveFrom ");
    if (changes > 0) {
      findings.add(
          new Finding(FindingKind.TRACKED_CHANGE, "document", changes + " tracked change(s)"));
    }
    int hidden = count(xml, "<w:vanish/>") + count(xml, "<w:vanish ");
    if (hidden > 0) {
      findings.add(new Finding(FindingKind.HIDDEN_TEXT, "document", hidden + " hidden run(s)"));
    }
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      extractor.setCloseFilesystem(false);
      findings.addAll(PersonalDataPatterns.find("document", extractor.getText()));
    }
    findings.addAll(parts(document));
    findings.addAll(properties(document));
    return findings;
  }

  /** What lies among the package's parts whatever the application: links, caches, attachments. */
  private static List<Finding> parts(POIXMLDocument document) {
    List<Finding> findings = new ArrayList<>();
    List<PackagePart> parts;
    try {
      parts = document.getPackage().getParts();
    } catch (InvalidFormatException e) {
      return findings;
    }
    for (PackagePart part : parts) {
      String name = part.getPartName().getName();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("/xl/pivotcache/pivotcachedefinition")) {
        findings.add(new Finding(FindingKind.PIVOT_CACHE, name, "a copy of the source data"));
      } else if (lower.startsWith("/xl/externallinks/")) {
        findings.add(new Finding(FindingKind.EXTERNAL_LINK, name, "link to another workbook"));
      } else if (lower.contains("/embeddings/")) {
        findings.add(new Finding(FindingKind.EMBEDDED_FILE, name, part.getContentType()));
      } else if (lower.startsWith("/xl/threadedcomments/")) {
        findings.add(new Finding(FindingKind.COMMENT, name, "threaded comments"));
      } else if (lower.endsWith("vbaproject.bin")) {
        findings.add(new Finding(FindingKind.SCRIPT, name, "macros"));
      } else if (lower.equals("/docprops/custom.xml")) {
        findings.add(new Finding(FindingKind.DOCUMENT_PROPERTY, name, "custom properties"));
      }
    }
    return findings;
  }

  /** Document properties that name people or organisations. */
  private static List<Finding> properties(POIXMLDocument document) {
    List<Finding> findings = new ArrayList<>();
    POIXMLProperties properties = document.getProperties();
    var core = properties.getCoreProperties();
    property(findings, "creator", core.getCreator());
    property(findings, "lastModifiedBy", core.getLastModifiedByUser());
    var extended = properties.getExtendedProperties();
    property(findings, "company", extended.getCompany());
    property(findings, "manager", extended.getManager());
    return findings;
  }

  private static void property(List<Finding> findings, String name, String value) {
    if (value != null && !value.isBlank()) {
      findings.add(
          new Finding(FindingKind.DOCUMENT_PROPERTY, name, PersonalDataPatterns.mask(value)));
    }
  }

  private static String rowsOf(XSSFSheet sheet) {
    return sheet.getPhysicalNumberOfRows() + " row(s)";
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  /** Column letters for a 1-based column index. */
  static String column(long index) {
    StringBuilder letters = new StringBuilder();
    for (long n = index; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /** 1, 2, 3, 7 → "1–3, 7". */
  static String ranges(List<Integer> numbers) {
    List<String> out = new ArrayList<>();
    int start = numbers.get(0);
    int previous = start;
    for (int i = 1; i <= numbers.size(); i++) {
      if (i < numbers.size() && numbers.get(i) == previous + 1) {
        previous = numbers.get(i);
        continue;
      }
      out.add(start == previous ? String.valueOf(start) : start + "–" + previous);
      if (i < numbers.size()) {
        start = numbers.get(i);
        previous = start;
      }
    }
    return String.join(", ", out);
  }
}
