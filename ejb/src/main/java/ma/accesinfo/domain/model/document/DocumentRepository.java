package ma.accesinfo.domain.model.document;

import java.util.List;
import java.util.Optional;

/** The documents attached to requests, and their content, kept apart from their description. */
public interface DocumentRepository {

  /** Stores a new document with its content. */
  void store(ReleaseDocument document, byte[] content);

  Optional<ReleaseDocument> find(long requestId, long documentId);

  /** The request's documents, in the order they were attached. */
  List<ReleaseDocument> attachedTo(long requestId);

  byte[] content(long documentId);

  void remove(ReleaseDocument document);
}
