package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.AccountToken;

/**
 * Issues and redeems the single-use tokens sent by e-mail. A token is 32 random bytes; only its
 * SHA-256 is stored, so the table alone lets nobody verify an address or reset a password. A new
 * token replaces the open ones of the same purpose.
 */
@ApplicationScoped
public class AccountTokens {

  private final SecureRandom random = new SecureRandom();

  @Inject AccountRepository accounts;
  @Inject Clock clock;

  public String issue(Account account, AccountToken.Purpose purpose, Duration validity) {
    Instant now = clock.instant();
    accounts.openTokens(account, purpose).forEach(t -> t.use(now));
    String token = newToken();
    accounts.store(new AccountToken(account, purpose, hash(token), now, now.plus(validity)));
    return token;
  }

  /** The account the token was issued to, once: refuses an unknown, used or expired token. */
  public Account redeem(String token, AccountToken.Purpose purpose) {
    Instant now = clock.instant();
    AccountToken found =
        token == null || token.isBlank()
            ? null
            : accounts
                .findToken(hash(token.strip()))
                .filter(t -> t.usableFor(purpose, now))
                .orElse(null);
    if (found == null) {
      throw new InvalidInputException(
          List.of(new FieldViolation("token", "invalidToken", List.of())));
    }
    found.use(now);
    return found.account();
  }

  /** 32 random bytes, written in base64url. */
  String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
