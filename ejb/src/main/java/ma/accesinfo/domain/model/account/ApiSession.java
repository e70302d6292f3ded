package ma.accesinfo.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session on the API, opened with the password and, for staff, the second factor. The
 * caller holds a random token; only its hash is stored. A session ends at sign-out, after a time
 * without use, or at its absolute expiry, whichever comes first.
 */
@Entity
@Table(name = "api_session")
public class ApiSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "second_factor", nullable = false)
  private boolean secondFactor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at", nullable = false)
  private Instant lastUsedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected ApiSession() {}

  public ApiSession(
      Account account, String tokenHash, boolean secondFactor, Instant now, Duration lifetime) {
    this.account = Objects.requireNonNull(account);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.secondFactor = secondFactor;
    this.createdAt = now;
    this.lastUsedAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** Whether the session still signs its holder in, given how long it may stay unused. */
  public boolean liveAt(Instant now, Duration idle) {
    return endedAt == null
        && now.isBefore(expiresAt)
        && now.isBefore(lastUsedAt.plus(idle))
        && account.active();
  }

  /** Notes a use; written at most once a minute, which is precise enough for the idle limit. */
  public void usedAt(Instant now) {
    if (lastUsedAt.plus(Duration.ofMinutes(1)).isBefore(now)) {
      lastUsedAt = now;
    }
  }

  public void end(Instant now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  public Account account() {
    return account;
  }

  public boolean secondFactor() {
    return secondFactor;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
