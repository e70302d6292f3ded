package ma.accesinfo.domain.model.document;

import java.util.List;

/** What the release gate found in a document whose type it recognised. */
public record Inspection(DocumentType type, List<Finding> findings) {

  public Inspection {
    findings = List.copyOf(findings);
  }

  public boolean clear() {
    return findings.isEmpty();
  }
}
