package ma.accesinfo.domain.model.complaint;

/** The head of the body's decision on a complaint (Art. 19). */
public enum HeadDecision {
  /** The body's answer stands, for the reasons given. */
  UPHELD,
  /** The information is to be released. */
  OVERTURNED,
  /** Part of the information is to be released. */
  PARTIALLY_OVERTURNED
}
