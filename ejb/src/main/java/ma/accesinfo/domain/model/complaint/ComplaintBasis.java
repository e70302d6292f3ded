package ma.accesinfo.domain.model.complaint;

/** What a complaint to the head of the body is about (Art. 19). */
public enum ComplaintBasis {
  /** The reply period ended without an answer. */
  NO_ANSWER,
  REFUSAL,
  PARTIAL_GRANT,
  /** An answer the requester finds unsatisfying. */
  UNSATISFYING_ANSWER
}
