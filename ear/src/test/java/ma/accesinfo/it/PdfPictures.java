package ma.accesinfo.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pages of PDFs saved as pictures under target/screenshots, for people to review. */
final class PdfPictures {

  private PdfPictures() {}

  /** Saves the first pages (up to {@code pages}) as {@code name-1.png}, {@code name-2.png}... */
  static void save(PDDocument pdf, String folder, String name, int pages) throws IOException {
    Path target = Path.of("target", "screenshots", folder);
    Files.createDirectories(target);
    PDFRenderer renderer = new PDFRenderer(pdf);
    for (int i = 0; i < Math.min(pages, pdf.getNumberOfPages()); i++) {
      ImageIO.write(
          renderer.renderImageWithDPI(i, 90),
          "png",
          target.resolve(pages == 1 ? name + ".png" : name + "-" + (i + 1) + ".png").toFile());
    }
  }
}
