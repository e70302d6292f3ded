package ma.accesinfo.domain.model.document;

/** Where a document stands at the release gate. */
public enum GateStatus {
  /** The inspection found nothing: the document may leave with the decision. */
  CLEAR,
  /** The inspection found something that may not leave: the release waits. */
  BLOCKED,
  /** A second person read the findings and let the document through, with a reason. */
  OVERRIDDEN;

  public boolean releasable() {
    return this != BLOCKED;
  }
}
