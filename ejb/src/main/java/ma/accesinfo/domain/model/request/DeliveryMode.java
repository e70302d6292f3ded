package ma.accesinfo.domain.model.request;

/** How the requester wants the information delivered (Art. 15). */
public enum DeliveryMode {
  EMAIL,
  ON_SITE,
  POST,
  PORTAL
}
