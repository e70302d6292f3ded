package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/**
 * The documents a body releases with its decision, and the release gate they pass: each is
 * inspected when it is attached, and a finding keeps the decision from leaving until the document
 * is replaced or a second person overrides the finding with a reason.
 */
@Local
public interface DocumentService {

  /**
   * An officer of the body attaches a document while the request awaits its decision. The content
   * is recognised by its bytes, size-limited and inspected; nothing is stored if it is refused.
   */
  DocumentView attach(String reference, Upload upload);

  /**
   * The request's documents: all of them, with the gate's findings, for the body's staff (and the
   * Commission for a complained case); the released ones for the requester once the decision has
   * left the body.
   */
  List<DocumentView> listDocuments(String reference);

  /** A document's content, to whoever may see the document in {@link #listDocuments}. */
  DocumentContent findContent(String reference, long documentId);

  /** A member of the body's staff other than the one who attached it lets a blocked document go. */
  DocumentView overrideFindings(String reference, long documentId, GateOverride override);

  /**
   * Attaches the CSV form of a spreadsheet (visible cells of visible sheets only), inspected in its
   * turn; the spreadsheet stays until the officer removes it.
   */
  List<DocumentView> convertToCsv(String reference, long documentId);

  /**
   * Attaches the PDF form of a word-processing document (its visible text only, laid out again),
   * inspected in its turn; the document stays until the officer removes it.
   */
  DocumentView convertToPdf(String reference, long documentId);

  /** An officer removes a document before the decision is recorded. */
  void removeDocument(String reference, long documentId);

  record Upload(String fileName, String declaredType, byte[] content) {}

  record GateOverride(String reason) {}

  record FindingView(String kind, String location, String detail) {}

  record DocumentView(
      long id,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String gateStatus,
      boolean releasable,
      List<FindingView> findings,
      Instant uploadedAt,
      Long derivedFrom,
      Instant overriddenAt,
      String overrideReason) {}

  record DocumentContent(String fileName, String mediaType, byte[] content) {}
}
