package ma.accesinfo.domain.model.account;

import java.util.Optional;

/** The accounts of people who sign in. */
public interface AccountRepository {

  /** The account with that e-mail address, whatever its case. */
  Optional<Account> findByEmail(String email);

  Optional<Account> find(long id);

  boolean existsWithRole(Role role);

  /** How to reach the active accounts holding the role for the body, by address. */
  java.util.List<StaffContact> staffOf(ma.accesinfo.domain.model.body.Body body, Role role);

  void store(Account account);

  void store(AccountToken token);

  /** The token with that hash, if any. */
  java.util.Optional<AccountToken> findToken(String tokenHash);

  void store(ApiSession session);

  void store(PersonalDataView view);

  /** The recorded views of a person's data, newest first. */
  java.util.List<PersonalDataView> viewsOf(Account subject);

  /** The session with that token hash, if any. */
  Optional<ApiSession> findSession(String tokenHash);

  /** Ends every open session of the account (a closed account, a cleared second factor). */
  int endSessions(Account account, java.time.Instant at);

  /** Every unused token of the account for that purpose, so that a new one replaces them. */
  java.util.List<AccountToken> openTokens(Account account, AccountToken.Purpose purpose);
}
