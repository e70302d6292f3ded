package ma.accesinfo.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use, short-lived token sent by e-mail to prove that a person reads that address: to
 * verify it at sign-up, or to choose a new password. Only its hash is stored.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

  /** What a token proves. */
  public enum Purpose {
    EMAIL_VERIFICATION,
    PASSWORD_RESET
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AccountToken() {}

  public AccountToken(
      Account account, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
    this.account = Objects.requireNonNull(account);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  /** Whether the token may still be used for that purpose. */
  public boolean usableFor(Purpose wanted, Instant at) {
    return purpose == wanted && usedAt == null && at.isBefore(expiresAt) && account.active();
  }

  public void use(Instant at) {
    this.usedAt = Objects.requireNonNull(at);
  }

  public Account account() {
    return account;
  }

  public Purpose purpose() {
    return purpose;
  }
}
