package ma.accesinfo.domain.model.document;

/** What the release gate can find in a document that the reader of the release would not see. */
public enum FindingKind {
  HIDDEN_SHEET,
  VERY_HIDDEN_SHEET,
  HIDDEN_ROWS,
  HIDDEN_COLUMNS,
  PIVOT_CACHE,
  NAMED_RANGE,
  EXTERNAL_LINK,
  COMMENT,
  TRACKED_CHANGE,
  HIDDEN_TEXT,
  DOCUMENT_PROPERTY,
  EMBEDDED_FILE,
  TEXT_UNDER_BOX,
  UNAPPLIED_REDACTION,
  SCRIPT,
  PERSONAL_DATA
}
