package ma.accesinfo.infrastructure.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ma.accesinfo.reports.Reports;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A word-processing document's visible text, paragraph by paragraph (headings kept as headings,
 * each table row as one line of cells), laid out by the {@code document-rendition} template.
 */
final class WordRendition {

  private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF\\u0750-\\u077F]");
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

  private WordRendition() {}

  static byte[] pdf(String fileName, XWPFDocument document) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        String text = visibleText(paragraph);
        if (!text.isBlank()) {
          String style = paragraph.getStyle() == null ? "" : paragraph.getStyle();
          boolean heading = style.startsWith("Heading") || style.startsWith("Title");
          rows.add(row(text, heading));
        }
      } else if (element instanceof XWPFTable table) {
        table
            .getRows()
            .forEach(
                r ->
                    rows.add(
                        row(
                            r.getTableCells().stream()
                                .map(c -> c.getText().strip())
                                .collect(Collectors.joining("  |  ")),
                            false)));
      }
    }
    return Reports.pdf("document-rendition", Map.of("title", fileName, "footer", fileName), rows);
  }

  /** The paragraph's runs, without those hidden from the reader (w:vanish). */
  private static String visibleText(XWPFParagraph paragraph) {
    StringBuilder text = new StringBuilder();
    for (XWPFRun run : paragraph.getRuns()) {
      if (!run.isVanish()) {
        text.append(run.text());
      }
    }
    return text.toString();
  }

  private static Map<String, ?> row(String text, boolean heading) {
    // Right to left when the paragraph has more Arabic letters than Latin ones
    boolean rtl = ARABIC.matcher(text).results().count() > LATIN.matcher(text).results().count();
    return Map.of("text", text, "heading", heading, "rtl", rtl);
  }
}
