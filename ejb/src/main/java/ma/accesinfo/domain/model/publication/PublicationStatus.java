package ma.accesinfo.domain.model.publication;

/** Where a body stands on a category of Art. 10. */
public enum PublicationStatus {
  /** Published, at an address, last updated on a date. */
  PUBLISHED,
  /** Held and not (yet) published. */
  NOT_PUBLISHED,
  /** The body holds no information of this category; the note says why. */
  NOT_APPLICABLE
}
