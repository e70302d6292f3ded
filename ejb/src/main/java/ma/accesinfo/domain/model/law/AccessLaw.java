package ma.accesinfo.domain.model.law;

import java.time.ZoneId;
import java.util.Objects;
import ma.accesinfo.domain.model.calendar.LegalPeriod;

/**
 * The rules of an access-to-information law, held as data so that the product can carry another
 * law's rules by loading another instance rather than changing code.
 *
 * @param name the law's short name
 * @param zone where the law's dates are reckoned
 * @param replyPeriod the time to answer an ordinary request
 * @param urgentReplyPeriod the time to answer a request needed to protect life, safety or freedom
 */
public record AccessLaw(
    String name, ZoneId zone, LegalPeriod replyPeriod, LegalPeriod urgentReplyPeriod) {

  /** Law 31-13 (Dahir 1-18-15 of 22 February 2018): Art. 16 and Art. 17. */
  public static final AccessLaw LAW_31_13 =
      new AccessLaw(
          "31-13",
          ZoneId.of("Africa/Casablanca"),
          LegalPeriod.workingDays(20),
          LegalPeriod.days(3));

  public AccessLaw {
    Objects.requireNonNull(name);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(replyPeriod);
    Objects.requireNonNull(urgentReplyPeriod);
  }

  public LegalPeriod replyPeriod(boolean urgent) {
    return urgent ? urgentReplyPeriod : replyPeriod;
  }
}
