package ma.accesinfo.domain.model.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.shared.Language;
import ma.accesinfo.domain.model.shared.PersonalDataConverter;

/**
 * A person who signs in: a citizen or resident who files requests, or a member of staff (a body's
 * officer, head or legal reviewer, a Commission member, an administrator).
 *
 * <p>Citizens create their own account; staff accounts are created by an administrator, who also
 * assigns their roles. An account is deactivated, never removed, so that the requests and events it
 * took part in keep their author. The e-mail address is the sign-in name and is unique without
 * regard to case.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(name = "first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "national_id")
  private String nationalId;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "residence_document_number")
  private String residenceDocumentNumber;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "address")
  private String address;

  @Column(name = "preferred_language", nullable = false, length = 2)
  private Language preferredLanguage;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "totp_secret")
  private String totpSecret;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "totp_pending_secret")
  private String totpPendingSecret;

  @Column(name = "totp_enabled_at")
  private Instant totpEnabledAt;

  @Column(name = "totp_last_step")
  private Long totpLastStep;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private int version;

  @OneToMany(
      mappedBy = "account",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  private List<RoleAssignment> roles = new ArrayList<>();

  protected Account() {}

  public Account(
      String email,
      String passwordHash,
      PersonName name,
      IdentityDocument identity,
      String address,
      Language preferredLanguage,
      Instant createdAt) {
    this.email = Objects.requireNonNull(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.firstName = name.firstName();
    this.lastName = name.lastName();
    if (identity != null) {
      this.nationalId = identity.nationalId();
      this.residenceDocumentNumber = identity.residenceDocumentNumber();
    }
    this.address = address;
    this.preferredLanguage = Objects.requireNonNull(preferredLanguage);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public void grant(Role role, Body body) {
    boolean held =
        roles.stream()
            .anyMatch(r -> r.role() == role && Objects.equals(idOf(r.body()), idOf(body)));
    if (!held) {
      roles.add(new RoleAssignment(this, role, body));
    }
  }

  private static Long idOf(Body body) {
    return body == null ? null : body.id();
  }

  /** The person showed they read the account's e-mail address. */
  public void verifyEmail(Instant at) {
    if (emailVerifiedAt == null) {
      this.emailVerifiedAt = at;
    }
  }

  public boolean emailVerified() {
    return emailVerifiedAt != null;
  }

  /** A new password, already hashed. */
  public void changePassword(String newPasswordHash) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash);
  }

  /** Whether the account is staff, who sign in with a second factor. */
  public boolean isStaff() {
    return roles.stream().anyMatch(r -> r.role() != Role.CITIZEN);
  }

  // --- signing in

  /** Whether sign-ins are refused for now, after too many failures. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  /** A failed sign-in; after {@code limit} in a row the account locks for {@code lock}. */
  public void signInFailed(Instant now, int limit, java.time.Duration lock) {
    failedSignIns++;
    if (failedSignIns >= limit) {
      lockedUntil = now.plus(lock);
      failedSignIns = 0;
    }
  }

  public void signedIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  /** A new second-factor secret, waiting for a first code to confirm it. */
  public void proposeSecondFactor(String secret) {
    if (totpEnabledAt != null) {
      throw new IllegalStateException("a second factor is already set up");
    }
    this.totpPendingSecret = Objects.requireNonNull(secret);
  }

  public Optional<String> pendingSecondFactor() {
    return Optional.ofNullable(totpPendingSecret);
  }

  /** The pending secret proved itself with a code of that time step. */
  public void confirmSecondFactor(Instant at, long step) {
    this.totpSecret = Objects.requireNonNull(totpPendingSecret);
    this.totpPendingSecret = null;
    this.totpEnabledAt = at;
    this.totpLastStep = step;
  }

  public boolean hasSecondFactor() {
    return totpEnabledAt != null;
  }

  public Optional<String> secondFactorSecret() {
    return Optional.ofNullable(totpSecret);
  }

  /** Time steps at or before this one were used already and are not accepted again. */
  public long lastSecondFactorStep() {
    return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
  }

  public void secondFactorUsed(long step) {
    this.totpLastStep = step;
  }

  /** An administrator cleared the second factor (a lost phone): it is set up again at sign-in. */
  public void clearSecondFactor() {
    this.totpSecret = null;
    this.totpPendingSecret = null;
    this.totpEnabledAt = null;
    this.totpLastStep = null;
  }

  // --- the person's rights over their data (Law 09-08)

  /** The person corrected their details. */
  public void correct(
      PersonName name, IdentityDocument identity, String address, Language language) {
    this.firstName = name.firstName();
    this.lastName = name.lastName();
    this.nationalId = identity == null ? null : identity.nationalId();
    this.residenceDocumentNumber = identity == null ? null : identity.residenceDocumentNumber();
    this.address = address;
    this.preferredLanguage = Objects.requireNonNull(language);
  }

  /**
   * The person closed their account: it can no longer sign in, and keeps nothing that names them;
   * the row stays so that the requests they filed keep their author.
   */
  public void close(Instant at, String unusablePasswordHash) {
    this.email = "closed-" + id + "@accesinfo.invalid";
    this.passwordHash = unusablePasswordHash;
    this.firstName = "-";
    this.lastName = "-";
    this.nationalId = null;
    this.residenceDocumentNumber = null;
    this.address = null;
    this.active = false;
    this.closedAt = at;
    clearSecondFactor();
  }

  public boolean closed() {
    return closedAt != null;
  }

  public boolean holds(Role role) {
    return roles.stream().anyMatch(r -> r.role() == role);
  }

  /** Whether the account holds the role for that body. */
  public boolean holdsFor(Role role, Body body) {
    return roles.stream()
        .anyMatch(r -> r.role() == role && r.body() != null && r.body().id().equals(body.id()));
  }

  public List<RoleAssignment> roles() {
    return List.copyOf(roles);
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public PersonName name() {
    return new PersonName(firstName, lastName);
  }

  public Optional<IdentityDocument> identity() {
    if (nationalId == null && residenceDocumentNumber == null) {
      return Optional.empty();
    }
    return Optional.of(new IdentityDocument(nationalId, residenceDocumentNumber));
  }

  public String address() {
    return address;
  }

  public Language preferredLanguage() {
    return preferredLanguage;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean active() {
    return active;
  }
}
