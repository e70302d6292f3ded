package ma.accesinfo.domain.model.complaint;

/** Where a complaint to the head of the body stands. */
public enum HeadComplaintStatus {
  AWAITING_DECISION,
  /** Overturned: the officer must release the information. */
  AWAITING_RELEASE,
  /** Upheld, or overturned and the information released. */
  CLOSED
}
