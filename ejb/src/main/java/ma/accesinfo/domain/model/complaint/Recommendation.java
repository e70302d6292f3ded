package ma.accesinfo.domain.model.complaint;

/** The Commission's reasoned recommendation (Art. 20; its recommendations do not bind). */
public enum Recommendation {
  DISCLOSE,
  DISCLOSE_PARTIALLY,
  UPHOLD_REFUSAL,
  OTHER;

  /** Whether the body is asked to release information, and its compliance is then tracked. */
  public boolean asksForDisclosure() {
    return this == DISCLOSE || this == DISCLOSE_PARTIALLY;
  }
}
