package ma.accesinfo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DocumentRenditionTest {

  @Test
  void shouldLayOutArabicAndFrenchParagraphsWithTheirFontsEmbedded() throws IOException {
    byte[] pdf =
        Reports.pdf(
            "document-rendition",
            Map.of("title", "rapport.docx", "footer", "accesinfo"),
            List.of(
                Map.of("text", "Rapport annuel", "heading", true, "rtl", false),
                Map.of("text", "Les marchés publics de 2025.", "heading", false, "rtl", false),
                Map.of("text", "تقرير سنوي عن الصفقات العمومية", "heading", false, "rtl", true)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Rapport annuel").contains("Les marchés publics de 2025.");
      assertThat(text).contains("الصفقات").contains("العمومية");
      assertThat(document.getDocumentInformation().getAuthor()).isNull();
      var fonts = document.getPage(0).getResources().getFontNames();
      assertThat(fonts).isNotEmpty();
      for (var name : fonts) {
        assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
      }
    }
  }
}
