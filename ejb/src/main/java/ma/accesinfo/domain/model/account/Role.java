package ma.accesinfo.domain.model.account;

/** What a person may do. Staff roles of a body are held for that one body. */
public enum Role {
  CITIZEN(false),
  OFFICER(true),
  HEAD(true),
  LEGAL_REVIEWER(true),
  COMMISSION(false),
  ADMIN(false),
  /** The single window's central unit, which sends requests to the competent body. */
  ROUTING_OFFICER(false);

  private final boolean heldForBody;

  Role(boolean heldForBody) {
    this.heldForBody = heldForBody;
  }

  /** Whether the role is held for one body (the body's staff) rather than everywhere. */
  public boolean heldForBody() {
    return heldForBody;
  }
}
