package ma.accesinfo.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.IdentityDocument;
import ma.accesinfo.domain.model.account.PasswordHasher;
import ma.accesinfo.domain.model.account.PersonName;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyKind;
import ma.accesinfo.domain.model.body.BodyRepository;
import ma.accesinfo.domain.model.shared.Language;
import ma.accesinfo.infrastructure.config.Settings;
import ma.accesinfo.infrastructure.config.StartupLock;

/**
 * Loads the demo: the catalogue of bodies and one account for each kind of user. Only when the
 * setting {@code accesinfo.demo-data} is true, which the run command sets and a production
 * installation never does. Loading twice adds nothing.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
public class DemoData {

  /** The one password of every demo account: for the demo only. */
  public static final String DEMO_PASSWORD = "Demo-31-13!";

  /**
   * The second-factor secret of every demo staff account: published, for the demo only. The run
   * command's mail page shows its current code.
   */
  public static final String DEMO_SECOND_FACTOR = "KRUGS4ZANFZSAYJAMRSW233TMVRXEZLU";

  static final String CATALOGUE = "db/demo/bodies.csv";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject BodyRepository bodies;
  @Inject AccountRepository accounts;
  @Inject PasswordHasher passwordHasher;
  @Inject Clock clock;
  @Inject StartupLock startupLock;

  private String passwordHash;

  @PostConstruct
  void loadIfEnabled() {
    if (!Settings.flag("accesinfo.demo-data")) {
      return;
    }
    startupLock.holdUntilCommit();
    int added = loadBodies();
    passwordHash = passwordHasher.hash(DEMO_PASSWORD.toCharArray());
    for (DemoAccount demo : DEMO_ACCOUNTS) {
      addAccount(demo);
    }
    LOG.info(
        "Demo data loaded: "
            + added
            + " bodies added, "
            + DEMO_ACCOUNTS.size()
            + " accounts present");
  }

  private int loadBodies() {
    int added = 0;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(CATALOGUE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        if (bodies.findByCode(f[0]).isEmpty()) {
          bodies.store(new Body(f[0], BodyKind.valueOf(f[1]), f[3], f[2], null, clock.instant()));
          added++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return added;
  }

  private void addAccount(DemoAccount demo) {
    Optional<Account> existing = accounts.findByEmail(demo.email());
    if (existing.isPresent()) {
      // A demo database from before second factors existed gets the demo's
      if (demo.role() != Role.CITIZEN && !existing.get().hasSecondFactor()) {
        giveDemoSecondFactor(existing.get());
      }
      return;
    }
    Account account =
        new Account(
            demo.email(),
            passwordHash,
            new PersonName(demo.firstName(), demo.lastName()),
            demo.nationalId() == null ? null : new IdentityDocument(demo.nationalId(), null),
            demo.address(),
            demo.language(),
            clock.instant());
    Body body = demo.bodyCode() == null ? null : bodies.findByCode(demo.bodyCode()).orElseThrow();
    account.grant(demo.role(), body);
    account.verifyEmail(clock.instant());
    if (demo.role() != Role.CITIZEN) {
      giveDemoSecondFactor(account);
    }
    accounts.store(account);
  }

  private void giveDemoSecondFactor(Account account) {
    account.proposeSecondFactor(DEMO_SECOND_FACTOR);
    account.confirmSecondFactor(clock.instant(), Long.MIN_VALUE + 1);
  }

  /** An account of the demo, listed in README with its password. */
  public record DemoAccount(
      String email,
      Role role,
      String bodyCode,
      String firstName,
      String lastName,
      String nationalId,
      String address,
      Language language) {}

  public static final List<DemoAccount> DEMO_ACCOUNTS =
      List.of(
          staff("admin@demo.accesinfo.ma", Role.ADMIN, null, "Nadia", "Bennani"),
          staff("cdai@demo.accesinfo.ma", Role.COMMISSION, null, "Omar", "Alaoui"),
          staff("routing@demo.accesinfo.ma", Role.ROUTING_OFFICER, null, "Yasmine", "Lahlou"),
          staff("officer.finances@demo.accesinfo.ma", Role.OFFICER, "MIN-EF", "Karim", "Tazi"),
          staff("head.finances@demo.accesinfo.ma", Role.HEAD, "MIN-EF", "Leila", "Berrada"),
          staff(
              "legal.finances@demo.accesinfo.ma", Role.LEGAL_REVIEWER, "MIN-EF", "Hicham", "Fassi"),
          staff(
              "officer.casablanca@demo.accesinfo.ma", Role.OFFICER, "COM-CASA", "Salma", "Idrissi"),
          staff("head.casablanca@demo.accesinfo.ma", Role.HEAD, "COM-CASA", "Mehdi", "Chraibi"),
          staff(
              "legal.casablanca@demo.accesinfo.ma",
              Role.LEGAL_REVIEWER,
              "COM-CASA",
              "Zineb",
              "Kettani"),
          new DemoAccount(
              "amina@demo.accesinfo.ma",
              Role.CITIZEN,
              null,
              "Amina",
              "El Amrani",
              "BE123456",
              "12, rue Oued Ziz, Agdal, Rabat",
              Language.AR),
          new DemoAccount(
              "youssef@demo.accesinfo.ma",
              Role.CITIZEN,
              null,
              "Youssef",
              "Benjelloun",
              "BK654321",
              "45, boulevard Zerktouni, Casablanca",
              Language.FR));

  private static DemoAccount staff(
      String email, Role role, String bodyCode, String firstName, String lastName) {
    return new DemoAccount(email, role, bodyCode, firstName, lastName, null, null, Language.FR);
  }
}
