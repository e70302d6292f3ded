package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.account.StaffContact;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Account> findByEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return em.createQuery("select a from Account a where lower(a.email) = :email", Account.class)
        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public boolean existsWithRole(Role role) {
    return !em.createQuery("select r.id from RoleAssignment r where r.role = :role", Long.class)
        .setParameter("role", role)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public java.util.List<StaffContact> staffOf(ma.accesinfo.domain.model.body.Body body, Role role) {
    // A projection: loading the accounts would open their sealed personal data and fetch every
    // role of each (and its body), for an address and a language
    return em.createQuery(
            "select distinct new ma.accesinfo.domain.model.account.StaffContact(a.id, a.email,"
                + " a.preferredLanguage) from Account a join a.roles r"
                + " where r.role = :role and r.body = :body and a.active order by a.email",
            StaffContact.class)
        .setParameter("role", role)
        .setParameter("body", body)
        .getResultList();
  }

  @Override
  public void store(ma.accesinfo.domain.model.account.AccountToken token) {
    em.persist(token);
  }

  @Override
  public Optional<ma.accesinfo.domain.model.account.AccountToken> findToken(String tokenHash) {
    return em.createQuery(
            "select t from AccountToken t where t.tokenHash = :hash",
            ma.accesinfo.domain.model.account.AccountToken.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public java.util.List<ma.accesinfo.domain.model.account.AccountToken> openTokens(
      Account account, ma.accesinfo.domain.model.account.AccountToken.Purpose purpose) {
    return em.createQuery(
            "select t from AccountToken t where t.account = :account and t.purpose = :purpose"
                + " and t.usedAt is null",
            ma.accesinfo.domain.model.account.AccountToken.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .getResultList();
  }

  @Override
  public void store(ma.accesinfo.domain.model.account.PersonalDataView view) {
    em.persist(view);
  }

  @Override
  public java.util.List<ma.accesinfo.domain.model.account.PersonalDataView> viewsOf(
      Account subject) {
    return em.createQuery(
            "select v from PersonalDataView v where v.subjectAccountId = :id"
                + " order by v.viewedAt desc",
            ma.accesinfo.domain.model.account.PersonalDataView.class)
        .setParameter("id", subject.id())
        .setMaxResults(1_000)
        .getResultList();
  }

  @Override
  public void store(ma.accesinfo.domain.model.account.ApiSession session) {
    em.persist(session);
  }

  @Override
  public Optional<ma.accesinfo.domain.model.account.ApiSession> findSession(String tokenHash) {
    return em.createQuery(
            "select s from ApiSession s where s.tokenHash = :hash",
            ma.accesinfo.domain.model.account.ApiSession.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int endSessions(Account account, java.time.Instant at) {
    return em.createQuery(
            "update ApiSession s set s.endedAt = :at where s.account = :account and s.endedAt is null")
        .setParameter("at", at)
        .setParameter("account", account)
        .executeUpdate();
  }

  @Override
  public void store(Account account) {
    em.persist(account);
    em.flush();
  }
}
