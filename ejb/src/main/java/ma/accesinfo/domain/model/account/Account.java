package ma.accesinfo.domain.model.account;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

  @Column(name = "national_id", length = 20)
  private String nationalId;

  @Column(name = "residence_document_number", length = 30)
  private String residenceDocumentNumber;

  @Column(length = 500)
  private String address;

  @Column(name = "preferred_language", nullable = false, length = 2)
  private Language preferredLanguage;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

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

  public boolean active() {
    return active;
  }
}
