package ma.accesinfo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import ma.accesinfo.reports.Charts.Bar;
import ma.accesinfo.reports.TableReport.Row;
import ma.accesinfo.reports.TableReport.Section;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableReportsTest {

  private static TableReport report(String language) {
    boolean arabic = "ar".equals(language);
    BufferedImage chart =
        Charts.bars(
            List.of(
                new Bar(arabic ? "قبول" : "Acceptées", 120, 90),
                new Bar(arabic ? "رفض" : "Refusées", 15, 22)),
            "2026",
            "2025",
            arabic,
            1000);
    return new TableReport(
        language,
        arabic ? "التقرير السنوي" : "Rapport annuel",
        arabic ? "على الصعيد الوطني" : "National",
        "01/01/2026 – 31/12/2026",
        null,
        "2026",
        "2025",
        "accesinfo",
        List.of(
            new Section(
                "volume",
                arabic ? "الطلبات" : "Demandes",
                List.of(
                    new Row("received", arabic ? "الطلبات الواردة" : "Reçues", 135L, 112L, false),
                    new Row("onTime", arabic ? "في الأجل" : "Dans le délai", 87.5, null, true)),
                chart,
                null),
            new Section(
                "oldest",
                arabic ? "أقدم الطلبات" : "Les plus anciennes",
                List.of(),
                null,
                arabic ? "لا شيء" : "Aucune")));
  }

  @Test
  void shouldGiveTheFiguresInThePdfInArabicAndFrench() throws IOException {
    for (String language : List.of("ar", "fr")) {
      byte[] pdf = TableReports.pdf(report(language));
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document);
        if (language.equals("ar")) {
          assertThat(text).contains("الواردة").contains("87.5").contains("لا شيء");
        } else {
          assertThat(text).contains("Reçues").contains("87,5 %").contains("Aucune");
        }
        assertThat(text).contains("135").contains("112");
        assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        Path pictures = Path.of("target", "screenshots");
        Files.createDirectories(pictures);
        ImageIO.write(
            new PDFRenderer(document).renderImageWithDPI(0, 80),
            "png",
            pictures.resolve("table-report-" + language + ".png").toFile());
      }
    }
  }

  @Test
  void shouldGiveTheFiguresAsNumbersInTheWorkbook() throws IOException {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(TableReports.xlsx(report("ar"))))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.isRightToLeft()).isTrue();
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("received");
      assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(135);
      assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(112);
      assertThat(sheet.getRow(3).getCell(3).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(book.getNumberOfSheets()).isEqualTo(2);
    }
  }

  @Test
  void shouldGiveOneCsvLineAFigureWithTheLabelsOfEachLanguage() {
    String csv =
        new String(TableReports.csv(List.of(report("ar"), report("fr"))), StandardCharsets.UTF_8);
    assertThat(csv.lines())
        .containsExactly(
            "\uFEFFsection,code,label_ar,label_fr,value,previous_year_value",
            "\"volume\",\"received\",\"الطلبات الواردة\",\"Reçues\",135,112",
            "\"volume\",\"onTime\",\"في الأجل\",\"Dans le délai\",87.5,");
  }
}
