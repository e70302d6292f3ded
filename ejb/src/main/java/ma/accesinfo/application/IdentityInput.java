package ma.accesinfo.application;

import java.util.Locale;
import java.util.regex.Pattern;
import ma.accesinfo.domain.model.account.IdentityDocument;

/**
 * Reads the identity document Law 31-13 Art. 14 asks of a requester: the national identity card
 * (CIN) number, one or two letters then digits, or a foreign resident's residence document number.
 * Numbers are written with spaces, dashes and in any case; they are kept compact and upper-case.
 */
public final class IdentityInput {

  static final Pattern NATIONAL_ID = Pattern.compile("^[A-Z]{1,2}[0-9]{1,8}$");
  static final Pattern RESIDENCE_DOCUMENT = Pattern.compile("^[A-Z0-9]{5,30}$");

  private IdentityInput() {}

  /** The document, or null with the violations noted when it is missing or malformed. */
  public static IdentityDocument read(
      InputCheck check, String nationalId, String residenceDocumentNumber) {
    String cin =
        check.matching("nationalId", compact(nationalId), false, 20, NATIONAL_ID, "AB123456");
    String residence =
        check.matching(
            "residenceDocumentNumber",
            compact(residenceDocumentNumber),
            false,
            30,
            RESIDENCE_DOCUMENT,
            "A12345678");
    if (isBlank(nationalId) && isBlank(residenceDocumentNumber)) {
      check.add("nationalId", "identityDocumentRequired");
    }
    return cin == null && residence == null ? null : new IdentityDocument(cin, residence);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String compact(String number) {
    return number == null ? null : number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}
