package ma.accesinfo.domain.model.complaint;

/** Where a complaint to the Commission stands. */
public enum CommissionComplaintStatus {
  AWAITING_ADMISSIBILITY,
  INADMISSIBLE,
  UNDER_INVESTIGATION,
  /** The Commission asked the body for its observations and documents. */
  AWAITING_OBSERVATIONS,
  RECOMMENDED
}
