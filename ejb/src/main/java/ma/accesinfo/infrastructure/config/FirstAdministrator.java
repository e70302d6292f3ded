package ma.accesinfo.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.PasswordHasher;
import ma.accesinfo.domain.model.account.PersonName;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.shared.Language;

/**
 * A new installation has nobody who can create staff accounts. When the settings {@code
 * accesinfo.admin.email} and {@code accesinfo.admin.password} are given and no account with that
 * e-mail exists, that administrator is created at start.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwordHasher;
  @Inject Clock clock;
  @Inject StartupLock startupLock;

  @PostConstruct
  void createIfConfigured() {
    Optional<String> email = Settings.get("accesinfo.admin.email");
    Optional<String> password = Settings.get("accesinfo.admin.password");
    if (email.isEmpty() || password.isEmpty()) {
      return;
    }
    startupLock.holdUntilCommit();
    if (accounts.findByEmail(email.get()).isPresent()) {
      return;
    }
    Account admin =
        new Account(
            email.get().toLowerCase(java.util.Locale.ROOT),
            passwordHasher.hash(password.get().toCharArray()),
            new PersonName("Administrateur", "Système"),
            null,
            null,
            Language.FR,
            clock.instant());
    admin.grant(Role.ADMIN, null);
    admin.verifyEmail(clock.instant());
    accounts.store(admin);
    LOG.info("Created the first administrator account " + admin.email());
  }
}
