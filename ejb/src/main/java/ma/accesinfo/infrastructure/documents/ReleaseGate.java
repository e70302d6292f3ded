package ma.accesinfo.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ma.accesinfo.domain.model.document.DocumentInspector;
import ma.accesinfo.domain.model.document.DocumentType;
import ma.accesinfo.domain.model.document.Finding;
import ma.accesinfo.domain.model.document.Inspection;
import ma.accesinfo.domain.model.document.UnreadableDocumentException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.Tika;

/**
 * The release gate: recognises a document by its content with Apache Tika (never by the name or the
 * type the uploader declared alone), then inspects it with the library that knows its format.
 */
@ApplicationScoped
public class ReleaseGate implements DocumentInspector {

  private final Tika tika = new Tika();

  @Override
  public Inspection inspect(String fileName, byte[] content) {
    DocumentType type = recognise(fileName, content);
    try {
      List<Finding> findings =
          switch (type) {
            case PDF -> {
              try (PDDocument pdf = Loader.loadPDF(content)) {
                yield PdfInspection.inspect(pdf);
              }
            }
            case XLSX -> {
              try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                yield OfficeInspection.spreadsheet(workbook);
              }
            }
            case DOCX -> {
              try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
                yield OfficeInspection.wordProcessing(document);
              }
            }
            case CSV, TEXT -> PersonalDataPatterns.find("text", utf8(content));
          };
      return new Inspection(type, findings);
    } catch (InvalidPasswordException | EncryptedDocumentException e) {
      throw new UnreadableDocumentException("encrypted", type.extension());
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnreadableDocumentException unreadable) {
        throw unreadable;
      }
      throw damaged(type.extension(), e);
    }
  }

  @Override
  public List<Converted> toCsv(String fileName, byte[] content) {
    if (recognise(fileName, content) != DocumentType.XLSX) {
      throw new UnreadableDocumentException("unsupportedType", "xlsx");
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      return SpreadsheetCsv.convert(baseName(fileName), workbook);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableDocumentException("damaged", "xlsx");
    }
  }

  @Override
  public Converted toPdf(String fileName, byte[] content) {
    if (recognise(fileName, content) != DocumentType.DOCX) {
      throw new UnreadableDocumentException("unsupportedType", "docx");
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      return new Converted(baseName(fileName) + ".pdf", WordRendition.pdf(fileName, document));
    } catch (IOException | RuntimeException e) {
      throw damaged("docx", e);
    }
  }

  /** The type the content shows, whatever the name says. */
  DocumentType recognise(String fileName, byte[] content) {
    String shown = tika.detect(content, fileName == null ? "" : fileName);
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    String detected =
        switch (shown) {
          case "text/plain" -> lower.endsWith(".csv") ? DocumentType.CSV.mediaType() : shown;
          case "application/zip", "application/x-tika-ooxml" -> officeType(content, shown);
          default -> shown;
        };
    return DocumentType.ofMediaType(detected)
        .orElseThrow(() -> new UnreadableDocumentException("unsupportedType", detected));
  }

  /**
   * The kind of Office Open XML package, read from its entries' names (nothing is unpacked), when
   * the name given does not settle it.
   */
  private static String officeType(byte[] content, String shown) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("xl/workbook.xml")) {
          return DocumentType.XLSX.mediaType();
        }
        if (entry.getName().equals("word/document.xml")) {
          return DocumentType.DOCX.mediaType();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return shown;
    }
    return shown;
  }

  private static String utf8(byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UnreadableDocumentException("notUtf8", "text");
    }
  }

  private static UnreadableDocumentException damaged(String type, Exception cause) {
    UnreadableDocumentException damaged = new UnreadableDocumentException("damaged", type);
    damaged.initCause(cause);
    return damaged;
  }

  private static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
