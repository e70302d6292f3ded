package ma.accesinfo.domain.model.account;

/**
 * The identity document Law 31-13 Art. 14 asks of a requester: the national identity card (CIN)
 * number of a citizen, or the residence document number of a foreign resident. At least one is set.
 */
public record IdentityDocument(String nationalId, String residenceDocumentNumber) {
  public IdentityDocument {
    if (nationalId == null && residenceDocumentNumber == null) {
      throw new IllegalArgumentException("an identity document number is required");
    }
  }
}
