package ma.accesinfo.domain.model.law;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ma.accesinfo.domain.model.calendar.LegalClock.CountingRule;
import ma.accesinfo.domain.model.calendar.LegalPeriod;

/**
 * The rules of an access-to-information law, held as data so that the product can carry another
 * law's rules by loading another instance rather than changing code: its periods (and whether they
 * run in working days), how days are counted, the grounds of refusal and the exemptions.
 *
 * @param zone where the law's dates are reckoned
 * @param replyPeriod the time to answer an ordinary request
 * @param urgentReplyPeriod the time to answer a request needed to protect life, safety or freedom
 * @param extensionPeriod the one extension of the reply period, counted from its end
 * @param complaintToHeadWindow the time to complain to the head of the body
 * @param headDecisionPeriod the time the head has to decide a complaint
 * @param commissionComplaintWindow the time to complain to the Commission
 * @param commissionPeriod the time the Commission has to inform the complainant of the outcome
 * @param courtWindow the time to appeal to the administrative court
 */
public record AccessLaw(
    String name,
    ZoneId zone,
    CountingRule countingRule,
    LegalPeriod replyPeriod,
    LegalPeriod urgentReplyPeriod,
    LegalPeriod extensionPeriod,
    LegalPeriod complaintToHeadWindow,
    LegalPeriod headDecisionPeriod,
    LegalPeriod commissionComplaintWindow,
    LegalPeriod commissionPeriod,
    LegalPeriod courtWindow,
    List<String> extensionGrounds,
    List<RefusalGround> refusalGrounds,
    List<Exemption> exemptions) {

  /** A ground on which the law lets a body refuse, and what a refusal on it must give. */
  public record RefusalGround(String code, String article, Requirement requires) {}

  /** What a refusal on a ground must state besides its reasons. */
  public enum Requirement {
    REASONS,
    EXEMPTIONS_AND_PUBLIC_JUSTIFICATION,
    PUBLISHED_REFERENCE
  }

  /** An exception to the right (Law 31-13 calls them exceptions; Java owns that word). */
  public record Exemption(String code, String article) {}

  /** Law 31-13 (Dahir 1-18-15 of 22 February 2018). */
  public static final AccessLaw LAW_31_13 =
      new AccessLaw(
          "31-13",
          ZoneId.of("Africa/Casablanca"),
          CountingRule.CODE_OF_CIVIL_PROCEDURE,
          LegalPeriod.workingDays(20),
          LegalPeriod.days(3),
          LegalPeriod.workingDays(20),
          LegalPeriod.workingDays(20),
          LegalPeriod.days(15),
          LegalPeriod.days(30),
          LegalPeriod.days(30),
          LegalPeriod.days(60),
          List.of(
              "CANNOT_ANSWER_IN_TIME",
              "LARGE_VOLUME",
              "CANNOT_SUPPLY_IN_TIME",
              "THIRD_PARTY_CONSULTATION"),
          List.of(
              new RefusalGround("NOT_AVAILABLE", "18", Requirement.REASONS),
              new RefusalGround(
                  "EXEMPTION", "18, 7", Requirement.EXEMPTIONS_AND_PUBLIC_JUSTIFICATION),
              new RefusalGround("ALREADY_PUBLISHED", "18", Requirement.PUBLISHED_REFERENCE),
              new RefusalGround("REPEATED_REQUEST", "18", Requirement.REASONS),
              new RefusalGround("UNCLEAR", "18", Requirement.REASONS),
              new RefusalGround("IN_PREPARATION", "18", Requirement.REASONS),
              new RefusalGround("DEPOSITED_WITH_ARCHIVES", "18", Requirement.REASONS)),
          List.of(
              new Exemption("NATIONAL_DEFENCE", "7 §1"),
              new Exemption("STATE_SECURITY", "7 §1"),
              new Exemption("PRIVATE_LIFE", "7 §1"),
              new Exemption("FUNDAMENTAL_RIGHTS", "7 §1"),
              new Exemption("SOURCES", "7 §1"),
              new Exemption("FOREIGN_RELATIONS", "7 §2"),
              new Exemption("MONETARY_ECONOMIC_FINANCIAL_POLICY", "7 §2"),
              new Exemption("INTELLECTUAL_PROPERTY", "7 §2"),
              new Exemption("PROTECTED_PERSONS", "7 §2"),
              new Exemption("SPECIAL_LAW_CONFIDENTIALITY", "7 §3"),
              new Exemption("GOVERNMENT_DELIBERATIONS", "7 §3"),
              new Exemption("ADMINISTRATIVE_INQUIRY", "7 §3"),
              new Exemption("JUDICIAL_PROCEEDINGS", "7 §3"),
              new Exemption("FAIR_COMPETITION", "7 §3")));

  public AccessLaw {
    Objects.requireNonNull(name);
    Objects.requireNonNull(zone);
    Objects.requireNonNull(countingRule);
    Objects.requireNonNull(replyPeriod);
    Objects.requireNonNull(urgentReplyPeriod);
    Objects.requireNonNull(extensionPeriod);
    Objects.requireNonNull(complaintToHeadWindow);
    Objects.requireNonNull(headDecisionPeriod);
    Objects.requireNonNull(commissionComplaintWindow);
    Objects.requireNonNull(commissionPeriod);
    Objects.requireNonNull(courtWindow);
    extensionGrounds = List.copyOf(extensionGrounds);
    refusalGrounds = List.copyOf(refusalGrounds);
    exemptions = List.copyOf(exemptions);
  }

  /** The day of the law an instant falls on. */
  public java.time.LocalDate dayOf(java.time.Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  public LegalPeriod replyPeriod(boolean urgent) {
    return urgent ? urgentReplyPeriod : replyPeriod;
  }

  public Optional<RefusalGround> refusalGround(String code) {
    return refusalGrounds.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  public boolean isExemption(String code) {
    return exemptions.stream().anyMatch(e -> e.code().equals(code));
  }
}
