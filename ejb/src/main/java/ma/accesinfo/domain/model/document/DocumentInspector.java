package ma.accesinfo.domain.model.document;

import java.util.List;

/**
 * The release gate's eyes: recognises a document by its content and finds what a reader of the
 * release would not see, and converts documents into forms that carry less.
 */
public interface DocumentInspector {

  /**
   * Recognises the document by its bytes (the name only breaks ties between text formats) and
   * inspects it.
   *
   * @throws UnreadableDocumentException when the content is not one of the {@link DocumentType}s,
   *     is damaged, or is protected by a password
   */
  Inspection inspect(String fileName, byte[] content);

  /**
   * The visible cells of each visible sheet of a spreadsheet, one CSV file per sheet (UTF-8 with a
   * byte-order mark, so that spreadsheet programs read Arabic right).
   */
  List<Converted> toCsv(String fileName, byte[] content);

  /**
   * The text of a word-processing document (paragraphs, headings and table cells, without hidden
   * runs) laid out again as a PDF that carries nothing else: no properties, comments, tracked
   * changes or embedded files.
   */
  Converted toPdf(String fileName, byte[] content);

  record Converted(String fileName, byte[] content) {}
}
