package ma.accesinfo.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** A request is skipped for its own fault, never because the database was out of reach. */
class DeadlineRecalculationRunnerTest {

  @Test
  void theDatabaseOutOfReachIsToldApartFromABrokenRequest() {
    RuntimeException connectionLost =
        new RuntimeException(
            "could not execute statement",
            new IllegalStateException(new SQLException("I/O error", "08006")));
    RuntimeException poolEmpty =
        new RuntimeException(new SQLTransientConnectionException("no connection"));
    RuntimeException brokenProcedure =
        new IllegalStateException("execution lost-1 doesn't exist: execution is null");
    RuntimeException constraint =
        new RuntimeException(new SQLException("duplicate key value", "23505"));

    assertThat(DeadlineRecalculationRunner.databaseUnreachable(connectionLost)).isTrue();
    assertThat(DeadlineRecalculationRunner.databaseUnreachable(poolEmpty)).isTrue();
    assertThat(DeadlineRecalculationRunner.databaseUnreachable(brokenProcedure)).isFalse();
    assertThat(DeadlineRecalculationRunner.databaseUnreachable(constraint)).isFalse();
  }
}
