package ma.accesinfo.infrastructure.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents such as bodies release, clean or with what the release gate must find. */
public final class SampleDocuments {

  private SampleDocuments() {}

  /** A budget table, with (or without) a hidden sheet listing the staff. */
  public static byte[] spreadsheet(boolean hiddenStaffSheet) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet budget = workbook.createSheet("Budget");
      budget.createRow(0).createCell(0).setCellValue("Programme");
      budget.getRow(0).createCell(1).setCellValue("Montant");
      budget.createRow(1).createCell(0).setCellValue("Routes rurales");
      budget.getRow(1).createCell(1).setCellValue(1250000);
      budget.createRow(2).createCell(0).setCellValue("=Écoles, \"primaires\"");
      budget.getRow(2).createCell(1).setCellValue(830000);
      if (hiddenStaffSheet) {
        XSSFSheet staff = workbook.createSheet("Personnel");
        staff.createRow(0).createCell(0).setCellValue("Karim Alaoui");
        staff.getRow(0).createCell(1).setCellValue("BE812345");
        workbook.setSheetVisibility(1, SheetVisibility.HIDDEN);
      }
      workbook.getProperties().getCoreProperties().setCreator(null);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A letter, with (or without) its author in the document properties. */
  public static byte[] wordDocument(String author) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Rapport annuel des marchés publics 2025.");
      document.createParagraph().createRun().setText("تقرير سنوي عن الصفقات العمومية.");
      document.getProperties().getCoreProperties().setCreator(author);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-page PDF; with {@code blackedOut}, a line of text lies under a black rectangle drawn over
   * it, as when someone "redacts" by drawing a box.
   */
  public static byte[] pdf(boolean blackedOut) {
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, 720);
        content.showText("Budget 2025: routes rurales 1 250 000 MAD");
        content.endText();
        if (blackedOut) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, 690);
          content.showText("Informateur: Youssef Tazi");
          content.endText();
          content.setNonStrokingColor(0f, 0f, 0f);
          content.addRect(68, 684, 300, 20);
          content.fill();
        }
      }
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
