package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.AuthenticationRequiredException;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.SignInService;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.ApiSession;
import ma.accesinfo.domain.model.account.PasswordHasher;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.account.Totp;
import ma.accesinfo.domain.model.audit.AuditLog;
import ma.accesinfo.domain.model.audit.AuditRecord;

@Stateless
public class DefaultSignInService implements SignInService {

  /** A session unused this long ends. */
  static final Duration IDLE = Duration.ofMinutes(30);

  /** A session ends this long after sign-in, used or not. */
  static final Duration LIFETIME = Duration.ofHours(12);

  static final String ISSUER = "Accès à l’information";

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwordHasher;
  @Inject AccountTokens tokens;
  @Inject SignInRecorder recorder;
  @Inject AuditLog auditLog;
  @Inject Callers callers;
  @Inject Clock clock;

  private volatile String decoyHash;

  @Override
  public SessionView openSession(SignIn in) {
    String action = "SignIn.openSession";
    Account account =
        checkPassword(in.email(), in.password(), action)
            .orElseThrow(() -> new AuthenticationRequiredException("invalidCredentials"));
    Instant now = clock.instant();
    boolean secondFactor = secondFactorRequired(account);
    if (secondFactor) {
      if (!account.hasSecondFactor()) {
        recorder.failed(account.id(), action, "secondFactorNotSetUp", false);
        throw new AuthenticationRequiredException("secondFactorNotSetUp");
      }
      OptionalLong step =
          Totp.match(
              account.secondFactorSecret().orElseThrow(),
              in.code(),
              now,
              account.lastSecondFactorStep());
      if (step.isEmpty()) {
        recorder.failed(account.id(), action, "secondFactorInvalid", true);
        throw new AuthenticationRequiredException("secondFactorInvalid");
      }
      account.secondFactorUsed(step.getAsLong());
    }
    account.signedIn();
    String token = tokens.newToken();
    ApiSession session =
        new ApiSession(account, AccountTokens.hash(token), secondFactor, now, LIFETIME);
    accounts.store(session);
    audit(account, action, null, secondFactor ? "password and second factor" : "password");
    return new SessionView(token, session.expiresAt(), secondFactor);
  }

  @Override
  public void endSession(String token) {
    if (token != null && !token.isBlank()) {
      accounts
          .findSession(AccountTokens.hash(token.strip()))
          .ifPresent(
              s -> {
                s.end(clock.instant());
                audit(s.account(), "SignIn.endSession", null, null);
              });
    }
  }

  @Override
  public Optional<Identity> authenticateToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return accounts
        .findSession(AccountTokens.hash(token.strip()))
        .filter(s -> s.liveAt(now, IDLE))
        .filter(s -> s.secondFactor() || !secondFactorRequired(s.account()))
        .map(
            s -> {
              s.usedAt(now);
              return identity(s.account());
            });
  }

  @Override
  public PasswordCheck authenticatePassword(String email, String password) {
    String action = "SignIn.basic";
    Optional<Account> account = checkPassword(email, password, action);
    if (account.isEmpty()) {
      return PasswordCheck.INVALID;
    }
    if (secondFactorRequired(account.get())) {
      recorder.failed(account.get().id(), action, "secondFactorRequired", false);
      return new PasswordCheck(null, true);
    }
    account.get().signedIn();
    return new PasswordCheck(identity(account.get()), false);
  }

  @Override
  public SecondFactorSetup beginSecondFactor(Credentials in) {
    String action = "SignIn.beginSecondFactor";
    Account account =
        checkPassword(in.email(), in.password(), action)
            .orElseThrow(() -> new AuthenticationRequiredException("invalidCredentials"));
    if (account.hasSecondFactor()) {
      throw new StateConflictException("secondFactorAlreadySetUp");
    }
    String secret = Totp.newSecret();
    account.proposeSecondFactor(secret);
    audit(account, action, null, null);
    return new SecondFactorSetup(secret, Totp.provisioningUri(ISSUER, account.email(), secret));
  }

  @Override
  public void confirmSecondFactor(Confirmation in) {
    String action = "SignIn.confirmSecondFactor";
    Account account =
        checkPassword(in.email(), in.password(), action)
            .orElseThrow(() -> new AuthenticationRequiredException("invalidCredentials"));
    if (account.hasSecondFactor()) {
      throw new StateConflictException("secondFactorAlreadySetUp");
    }
    String pending =
        account
            .pendingSecondFactor()
            .orElseThrow(() -> new StateConflictException("noSecondFactorPending"));
    Instant now = clock.instant();
    OptionalLong step = Totp.match(pending, in.code(), now, Long.MIN_VALUE);
    if (step.isEmpty()) {
      throw new InvalidInputException(
          List.of(new FieldViolation("code", "secondFactorInvalid", List.of())));
    }
    account.confirmSecondFactor(now, step.getAsLong());
    audit(account, action, null, null);
  }

  @Override
  public void clearSecondFactor(String email) {
    Account admin = callers.require();
    if (!admin.holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
    Account account =
        accounts
            .findByEmail(email == null ? "" : email.strip())
            .orElseThrow(() -> new RecordNotFoundException("accountNotFound", email));
    account.clearSecondFactor();
    accounts.endSessions(account, clock.instant());
    audit(admin, "SignIn.clearSecondFactor", "account:" + account.id(), null);
  }

  /** Staff always give a second factor; a citizen who set one up gives it too. */
  private static boolean secondFactorRequired(Account account) {
    return account.isStaff() || account.hasSecondFactor();
  }

  /**
   * The account an e-mail and password open, if they do and it is not locked. A wrong e-mail costs
   * as much time as a wrong password, so that timing does not tell which accounts exist.
   */
  private Optional<Account> checkPassword(String email, String password, String action) {
    if (email == null || password == null || email.isBlank()) {
      recorder.failed(null, action, "credentialsMissing", false);
      return Optional.empty();
    }
    Optional<Account> account = accounts.findByEmail(email.strip()).filter(Account::active);
    if (account.isEmpty()) {
      passwordHasher.matches(password.toCharArray(), decoyHash());
      recorder.failed(null, action, "unknownAccount", false);
      return Optional.empty();
    }
    boolean matches = passwordHasher.matches(password.toCharArray(), account.get().passwordHash());
    if (account.get().lockedAt(clock.instant())) {
      recorder.failed(account.get().id(), action, "locked", false);
      return Optional.empty();
    }
    if (!matches) {
      recorder.failed(account.get().id(), action, "wrongPassword", true);
      return Optional.empty();
    }
    return account;
  }

  private void audit(Account actor, String action, String target, String how) {
    auditLog.append(
        new AuditRecord(
            clock.instant(),
            actor.id(),
            actor.email(),
            action,
            target,
            AuditRecord.Outcome.DONE,
            how == null ? Map.of() : Map.of("with", how)));
  }

  private static Identity identity(Account account) {
    return new Identity(
        account.email(),
        account.roles().stream().map(r -> r.role().name()).collect(Collectors.toSet()));
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = passwordHasher.hash("decoy-password-never-used".toCharArray());
    }
    return decoyHash;
  }
}
