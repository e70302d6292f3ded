package ma.accesinfo.domain.model.request;

/** How a request reached the body (Art. 14). */
public enum Channel {
  ONLINE,
  COUNTER,
  POST,
  EMAIL,
  /** Sent to the competent body by the single window's central unit. */
  SINGLE_WINDOW,
  /** Passed on by a body that does not hold the information. */
  FORWARDED;

  /** Whether staff take requests and complaints in by this channel: counter, post, e-mail. */
  public boolean takenInByStaff() {
    return this == COUNTER || this == POST || this == EMAIL;
  }
}
