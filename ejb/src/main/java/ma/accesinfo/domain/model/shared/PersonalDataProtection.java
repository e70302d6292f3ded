package ma.accesinfo.domain.model.shared;

/**
 * Seals personal data (identity numbers, addresses, second-factor secrets) before it is stored, and
 * opens it when it is read, so that the database alone never reveals it (Law 09-08).
 */
public interface PersonalDataProtection {

  /** The sealed form of a value, under the current key; null stays null. */
  String seal(String value);

  /**
   * The value a sealed form holds, under whichever known key sealed it; a value stored before
   * sealing existed is returned as it is (and sealed by the next re-encryption).
   */
  String open(String stored);
}
