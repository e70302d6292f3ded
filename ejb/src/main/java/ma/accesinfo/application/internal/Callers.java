package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import ma.accesinfo.application.AuthenticationRequiredException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;

/**
 * Who is calling. The authenticated name is looked up again in the accounts on every call, so a
 * role taken away or an account closed counts at once.
 */
@ApplicationScoped
public class Callers {

  @Inject SecurityContext securityContext;

  @Inject AccountRepository accounts;

  public Optional<Account> current() {
    Principal principal = securityContext.getCallerPrincipal();
    if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
      return Optional.empty();
    }
    return accounts.findByEmail(principal.getName()).filter(Account::active);
  }

  /** The caller's account; refuses anonymous callers. */
  public Account require() {
    return current()
        .orElseThrow(() -> new AuthenticationRequiredException("authenticationRequired"));
  }
}
