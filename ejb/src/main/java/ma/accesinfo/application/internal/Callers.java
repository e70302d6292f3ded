package ma.accesinfo.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.util.Optional;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.AuthenticationRequiredException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;

/**
 * Who is calling. The authenticated name is looked up again in the accounts on every call, so a
 * role taken away or an account closed counts at once; within one transaction the account found
 * first is the caller's for the rest of it (a filing asked twice: once to check, once to audit).
 */
@ApplicationScoped
public class Callers {

  @Inject SecurityContext securityContext;

  @Inject AccountRepository accounts;

  @Resource TransactionSynchronizationRegistry transactions;

  private record Found(String name, Optional<Account> account) {}

  public Optional<Account> current() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
      return Optional.empty();
    }
    String name = principal.getName();
    boolean inTransaction = transactions != null && transactions.getTransactionKey() != null;
    if (inTransaction
        && transactions.getResource(Found.class) instanceof Found found
        && found.name().equals(name)) {
      return found.account();
    }
    Optional<Account> account = accounts.findByEmail(name).filter(Account::active);
    if (inTransaction) {
      transactions.putResource(Found.class, new Found(name, account));
    }
    return account;
  }

  /**
   * Refuses any signed-in caller: for work only the server's own schedule starts (the night's
   * work), which no call of a person reaches.
   */
  public void requireSchedule() {
    if (current().isPresent()) {
      throw new ActionNotAllowedException("scheduleOnly");
    }
  }

  /** The caller's account; refuses anonymous callers. */
  public Account require() {
    return current()
        .orElseThrow(() -> new AuthenticationRequiredException("authenticationRequired"));
  }
}
