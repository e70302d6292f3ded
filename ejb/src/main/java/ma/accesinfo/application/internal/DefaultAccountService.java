package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.accesinfo.application.AccountService;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.IdentityInput;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.AccountToken;
import ma.accesinfo.domain.model.account.IdentityDocument;
import ma.accesinfo.domain.model.account.PasswordHasher;
import ma.accesinfo.domain.model.account.PersonName;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyRepository;
import ma.accesinfo.domain.model.shared.Language;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultAccountService implements AccountService {

  static final int MIN_PASSWORD_LENGTH = 10;

  @Inject AccountRepository accounts;
  @Inject BodyRepository bodies;
  @Inject PasswordHasher passwordHasher;
  @Inject Callers callers;
  @Inject Clock clock;
  @Inject AccountTokens tokens;
  @Inject Notifications notifications;

  static final java.time.Duration EMAIL_VERIFICATION_VALIDITY = java.time.Duration.ofDays(7);
  static final java.time.Duration PASSWORD_RESET_VALIDITY = java.time.Duration.ofMinutes(30);

  @Override
  public AccountView registerCitizen(Registration in) {
    InputCheck check = new InputCheck();
    String email = check.email("email", in.email(), true);
    char[] password = password(check, in.password());
    String firstName = check.text("firstName", in.firstName(), true, 100);
    String lastName = check.text("lastName", in.lastName(), true, 100);
    IdentityDocument identity =
        IdentityInput.read(check, in.nationalId(), in.residenceDocumentNumber());
    String address = check.text("address", in.address(), true, 500);
    Language language = language(check, in.preferredLanguage());
    check.done();

    ensureEmailFree(email);
    Account account =
        new Account(
            email,
            passwordHasher.hash(password),
            new PersonName(firstName, lastName),
            identity,
            address,
            language,
            clock.instant());
    account.grant(Role.CITIZEN, null);
    accounts.store(account);
    notifications.emailVerification(
        account,
        tokens.issue(
            account, AccountToken.Purpose.EMAIL_VERIFICATION, EMAIL_VERIFICATION_VALIDITY));
    return view(account);
  }

  @Override
  public AccountView createStaffAccount(StaffAccount in) {
    if (!callers.require().holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
    InputCheck check = new InputCheck();
    String email = check.email("email", in.email(), true);
    char[] password = password(check, in.password());
    String firstName = check.text("firstName", in.firstName(), true, 100);
    String lastName = check.text("lastName", in.lastName(), true, 100);
    Language language = language(check, in.preferredLanguage());
    List<RoleAndBody> grants = new ArrayList<>();
    List<RoleGrant> requested = in.roles() == null ? List.of() : in.roles();
    if (requested.isEmpty()) {
      check.add("roles", "required");
    }
    for (int i = 0; i < requested.size(); i++) {
      RoleGrant grant = requested.get(i);
      String field = "roles[" + i + "]";
      if (grant == null) {
        check.add(field, "required");
        continue;
      }
      Role role = check.choice(field + ".role", grant.role(), true, Role.class);
      if (role == Role.CITIZEN) {
        check.add(field + ".role", "notAStaffRole");
      } else if (role != null && role.heldForBody()) {
        String code = check.text(field + ".bodyCode", grant.bodyCode(), true, 40);
        Optional<Body> body =
            code == null ? Optional.empty() : bodies.findByCode(code.toUpperCase(Locale.ROOT));
        if (code != null && body.isEmpty()) {
          check.add(field + ".bodyCode", "unknownBody", code);
        }
        body.ifPresent(b -> grants.add(new RoleAndBody(role, b)));
      } else if (role != null) {
        if (grant.bodyCode() != null) {
          check.add(field + ".bodyCode", "notHeldForBody");
        }
        grants.add(new RoleAndBody(role, null));
      }
    }
    check.done();

    ensureEmailFree(email);
    Account account =
        new Account(
            email,
            passwordHasher.hash(password),
            new PersonName(firstName, lastName),
            null,
            null,
            language,
            clock.instant());
    grants.forEach(g -> account.grant(g.role(), g.body()));
    // An administrator vouches for the address of the staff accounts they create.
    account.verifyEmail(clock.instant());
    accounts.store(account);
    return view(account);
  }

  @Override
  public AccountView verifyEmail(TokenInput in) {
    Account account = tokens.redeem(in.token(), AccountToken.Purpose.EMAIL_VERIFICATION);
    account.verifyEmail(clock.instant());
    return view(account);
  }

  @Override
  public void requestPasswordReset(PasswordResetRequest in) {
    InputCheck check = new InputCheck();
    String email = check.email("email", in.email(), true);
    check.done();
    accounts
        .findByEmail(email)
        .filter(Account::active)
        .ifPresent(
            account ->
                notifications.passwordReset(
                    account,
                    tokens.issue(
                        account, AccountToken.Purpose.PASSWORD_RESET, PASSWORD_RESET_VALIDITY)));
  }

  @Override
  public void resetPassword(PasswordReset in) {
    InputCheck check = new InputCheck();
    char[] password = password(check, in.password());
    check.done();
    Account account = tokens.redeem(in.token(), AccountToken.Purpose.PASSWORD_RESET);
    account.changePassword(passwordHasher.hash(password));
    // Whoever reads the mailbox has shown they own the address.
    account.verifyEmail(clock.instant());
    // Sessions opened with the old password (perhaps by whoever learnt it) end, and a lock lifts
    accounts.endSessions(account, clock.instant());
    account.signedIn();
  }

  @Override
  public AccountView currentAccount() {
    return view(callers.require());
  }

  @Override
  public Optional<Language> preferredLanguageOf(String email) {
    return accounts.findByEmail(email).map(Account::preferredLanguage);
  }

  private void ensureEmailFree(String email) {
    if (accounts.findByEmail(email).isPresent()) {
      throw new StateConflictException("emailAlreadyRegistered");
    }
  }

  private static char[] password(InputCheck check, String password) {
    if (password == null || password.isEmpty()) {
      check.add("password", "required");
      return null;
    }
    if (password.length() < MIN_PASSWORD_LENGTH) {
      check.add("password", "passwordTooShort", MIN_PASSWORD_LENGTH);
      return null;
    }
    if (password.length() > 200) {
      check.add("password", "tooLong", 200);
      return null;
    }
    if (CommonPasswords.contains(password)) {
      check.add("password", "passwordTooCommon");
      return null;
    }
    return password.toCharArray();
  }

  private static Language language(InputCheck check, String code) {
    if (code == null || code.isBlank()) {
      return Language.AR;
    }
    Optional<Language> language = Language.fromCode(code);
    if (language.isEmpty()) {
      check.add("preferredLanguage", "invalidChoice", "ar, fr, en");
      return null;
    }
    return language.get();
  }

  static AccountView view(Account account) {
    return new AccountView(
        account.email(),
        account.name().firstName(),
        account.name().lastName(),
        account.preferredLanguage().code(),
        account.emailVerified(),
        account.roles().stream()
            .map(r -> new RoleGrant(r.role().name(), r.body() == null ? null : r.body().code()))
            .toList());
  }

  private record RoleAndBody(Role role, Body body) {}
}
