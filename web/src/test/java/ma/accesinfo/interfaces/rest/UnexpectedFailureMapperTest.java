package ma.accesinfo.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database out of reach is told apart from a fault, however deep the cause lies. */
class UnexpectedFailureMapperTest {

  @Test
  void shouldTellTheDatabaseOutOfReach() {
    assertThat(
            UnexpectedFailureMapper.databaseOutOfReach(
                new IllegalStateException(
                    new SQLException("Connection to 127.0.0.1:5432 refused.", "08001"))))
        .isTrue();
    assertThat(
            UnexpectedFailureMapper.databaseOutOfReach(
                new RuntimeException(
                    "Unable to acquire JDBC Connection",
                    new SQLException(
                        "no connection", null, new ResourceException("IJ000453: Unable to get")))))
        .isTrue();
    assertThat(
            UnexpectedFailureMapper.databaseOutOfReach(
                new RuntimeException(new ConnectException("Connection refused"))))
        .isTrue();
    assertThat(
            UnexpectedFailureMapper.databaseOutOfReach(
                new IllegalStateException(
                    "the audit trail could not be written",
                    new SQLException(
                        "FATAL: terminating connection due to administrator command", "57P01"))))
        .isTrue();
  }

  @Test
  void shouldLeaveOtherFaultsAsFaults() {
    assertThat(
            UnexpectedFailureMapper.databaseOutOfReach(
                new IllegalStateException(new SQLException("duplicate key", "23505"))))
        .isFalse();
    assertThat(UnexpectedFailureMapper.databaseOutOfReach(new NullPointerException())).isFalse();
  }
}
