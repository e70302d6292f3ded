package ma.accesinfo.domain.model.request;

/** The legal outcome of a request. */
public enum Resolution {
  GRANTED
}
