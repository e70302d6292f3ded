package ma.accesinfo.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.PasswordHasher;

/**
 * The Jakarta Security identity store over the accounts in the database: it checks an e-mail and
 * password and names the caller's roles as groups. A wrong e-mail costs as much time as a wrong
 * password, so that timing does not tell which accounts exist.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwordHasher;

  private volatile String decoyHash;

  @Transactional
  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    Optional<Account> account =
        accounts.findByEmail(credential.getCaller()).filter(Account::active);
    if (account.isEmpty()) {
      passwordHasher.matches(credential.getPassword().getValue(), decoyHash());
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!passwordHasher.matches(
        credential.getPassword().getValue(), account.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups =
        account.get().roles().stream().map(r -> r.role().name()).collect(Collectors.toSet());
    return new CredentialValidationResult(account.get().email(), groups);
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = passwordHasher.hash("decoy-password-never-used".toCharArray());
    }
    return decoyHash;
  }
}
