package ma.accesinfo.domain.model.complaint;

/** How a complaint reached the Commission (its internal rules). */
public enum CommissionChannel {
  ONLINE,
  REGISTERED_POST,
  EMAIL,
  IN_PERSON
}
