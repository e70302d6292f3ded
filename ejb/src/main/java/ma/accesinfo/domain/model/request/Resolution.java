package ma.accesinfo.domain.model.request;

/** The legal outcome of a request. */
public enum Resolution {
  GRANTED,
  /** Art. 8: the exempt part withheld, the rest delivered. */
  PARTIALLY_GRANTED,
  /** Art. 18: refused on one of the law's grounds. */
  REFUSED,
  WITHDRAWN,
  /** Not held by the body; passed to the competent body as a new request. */
  FORWARDED;

  /**
   * Whether a decision with this outcome must be approved by the legal reviewer before it leaves.
   */
  public boolean needsLegalReview() {
    return this == PARTIALLY_GRANTED || this == REFUSED;
  }
}
