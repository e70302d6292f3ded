package ma.accesinfo.domain.model.complaint;

/** Whether the body followed the Commission's recommendation to disclose. */
public enum ComplianceStatus {
  PENDING,
  COMPLIED,
  NOT_COMPLIED
}
