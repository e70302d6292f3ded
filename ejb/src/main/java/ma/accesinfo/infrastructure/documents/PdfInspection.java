package ma.accesinfo.infrastructure.documents;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import ma.accesinfo.domain.model.document.Finding;
import ma.accesinfo.domain.model.document.FindingKind;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Inspection of PDF files: metadata naming people, attachments, scripts, comments, redaction marks
 * never applied, text left under a dark box drawn to black it out, and personal data in the text.
 */
final class PdfInspection {

  private PdfInspection() {}

  static List<Finding> inspect(PDDocument pdf) throws IOException {
    List<Finding> findings = new ArrayList<>();
    PDDocumentInformation info = pdf.getDocumentInformation();
    if (info.getAuthor() != null && !info.getAuthor().isBlank()) {
      findings.add(
          new Finding(
              FindingKind.DOCUMENT_PROPERTY,
              "author",
              PersonalDataPatterns.mask(info.getAuthor())));
    }
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    if (catalog.getMetadata() != null) {
      String xmp =
          new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      if (xmp.contains("dc:creator")) {
        findings.add(new Finding(FindingKind.DOCUMENT_PROPERTY, "XMP", "dc:creator"));
      }
    }
    PDDocumentNameDictionary names = catalog.getNames();
    if (names != null && names.getEmbeddedFiles() != null) {
      findings.add(new Finding(FindingKind.EMBEDDED_FILE, "document", "attached files"));
    }
    if (names != null && names.getJavaScript() != null) {
      findings.add(new Finding(FindingKind.SCRIPT, "document", "JavaScript"));
    }
    PDFTextStripper stripper = new PDFTextStripper();
    int pageNumber = 0;
    for (PDPage page : pdf.getPages()) {
      pageNumber++;
      String where = "page " + pageNumber;
      int comments = 0;
      for (PDAnnotation annotation : page.getAnnotations()) {
        String subtype = annotation.getSubtype();
        if ("Redact".equals(subtype)) {
          findings.add(
              new Finding(FindingKind.UNAPPLIED_REDACTION, where, "redaction marked, not applied"));
        } else if ("FileAttachment".equals(subtype)) {
          findings.add(new Finding(FindingKind.EMBEDDED_FILE, where, "attached file"));
        } else if (!"Link".equals(subtype)
            && !"Widget".equals(subtype)
            && annotation.getContents() != null
            && !annotation.getContents().isBlank()) {
          comments++;
        }
      }
      if (comments > 0) {
        findings.add(new Finding(FindingKind.COMMENT, where, comments + " comment(s)"));
      }
      CoveredText covered = new CoveredText(page);
      covered.processPage(page);
      String hidden = covered.hiddenText();
      if (!hidden.isBlank()) {
        findings.add(
            new Finding(
                FindingKind.TEXT_UNDER_BOX,
                where,
                hidden.length() + " character(s) under a dark box: «" + sample(hidden) + "»"));
      }
      stripper.setStartPage(pageNumber);
      stripper.setEndPage(pageNumber);
      findings.addAll(PersonalDataPatterns.find(where, stripper.getText(pdf)));
    }
    return findings;
  }

  private static String sample(String text) {
    String t = text.strip();
    return t.length() <= 24 ? t : t.substring(0, 24) + "…";
  }

  /**
   * Follows a page's drawing in order and keeps the glyphs that end up beneath a dark filled
   * rectangle: drawn before it, or drawn on it in a dark colour. Such text is invisible on screen
   * and on paper but still in the file, where anyone can select and copy it.
   */
  static final class CoveredText extends PDFGraphicsStreamEngine {

    private record Glyph(Rectangle2D box, String text, int order, boolean dark) {}

    private record Box(Rectangle2D area, int order) {}

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Box> boxes = new ArrayList<>();
    private final GeneralPath path = new GeneralPath();
    private int order;

    CoveredText(PDPage page) {
      super(page);
    }

    String hiddenText() {
      StringBuilder hidden = new StringBuilder();
      for (Glyph glyph : glyphs) {
        double cx = glyph.box.getCenterX();
        double cy = glyph.box.getCenterY();
        boolean covered =
            boxes.stream()
                .anyMatch(b -> b.area.contains(cx, cy) && (b.order > glyph.order || glyph.dark));
        if (covered) {
          hidden.append(glyph.text);
        }
      }
      return hidden.toString();
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
        throws IOException {
      super.showGlyph(trm, font, code, displacement);
      RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
      if (mode == RenderingMode.NEITHER) {
        return; // invisible by design, such as the text layer of a scanned page
      }
      String text = font.toUnicode(code);
      if (text == null) {
        return;
      }
      double width = displacement.getX() * trm.getScalingFactorX();
      double height = trm.getScalingFactorY();
      Rectangle2D box =
          new Rectangle2D.Double(trm.getTranslateX(), trm.getTranslateY(), width, height * 0.7);
      glyphs.add(new Glyph(box, text, order++, dark(getGraphicsState().getNonStrokingColor())));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      path.moveTo(p0.getX(), p0.getY());
      path.lineTo(p1.getX(), p1.getY());
      path.lineTo(p2.getX(), p2.getY());
      path.lineTo(p3.getX(), p3.getY());
      path.closePath();
    }

    @Override
    public void fillPath(int windingRule) {
      if (dark(getGraphicsState().getNonStrokingColor())) {
        Rectangle2D area = path.getBounds2D();
        if (area.getWidth() > 1 && area.getHeight() > 1) {
          boxes.add(new Box(area, order++));
        }
      }
      path.reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      fillPath(windingRule);
    }

    @Override
    public void strokePath() {
      path.reset();
    }

    @Override
    public void endPath() {
      path.reset();
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {
      path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      if (path.getCurrentPoint() == null) {
        path.moveTo(x, y);
      }
      path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      if (path.getCurrentPoint() == null) {
        path.moveTo(x1, y1);
      }
      path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
      if (path.getCurrentPoint() != null) {
        path.closePath();
      }
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

    private static boolean dark(PDColor color) {
      try {
        int rgb = color.toRGB();
        double r = ((rgb >> 16) & 0xff) / 255.0;
        double g = ((rgb >> 8) & 0xff) / 255.0;
        double b = (rgb & 0xff) / 255.0;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.25;
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
  }
}
