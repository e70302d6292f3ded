package ma.accesinfo.it;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integration tests deploy the EAR the build produced, unchanged, to the provisioned WildFly on a
 * real PostgreSQL, and talk to it from outside as its users do: over HTTP, and by reading the
 * database.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
@ExtendWith(MailServerExtension.class)
@ExtendWith(ArquillianExtension.class)
public abstract class ApplicationDeployment {

  @Deployment(testable = false)
  public static EnterpriseArchive application() {
    File ear = new File(System.getProperty("accesinfo.ear", "target/accesinfo.ear"));
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  protected final Api api = new Api(TestSettings.baseUrl());
  protected final Database database = new Database(TestSettings.jdbcUrl());

  /**
   * The request's due date as the database holds it, once {@code settled} holds for it (a change of
   * the legal calendar moves due dates in the background, moments after it is committed), or as it
   * stands after 30 s.
   */
  protected LocalDate dueDateOnce(String reference, Predicate<LocalDate> settled) {
    LocalDate due = null;
    for (int i = 0; i < 120; i++) {
      due =
          database.single(
              "select due_date from information_request where reference = ?",
              LocalDate.class,
              reference);
      if (settled.test(due)) {
        return due;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return due;
      }
    }
    return due;
  }
}
