package ma.accesinfo.domain.model.request;

/** How a request reached the body (Art. 14). */
public enum Channel {
  ONLINE,
  COUNTER,
  POST,
  EMAIL,
  /** Passed on by a body that does not hold the information. */
  FORWARDED
}
