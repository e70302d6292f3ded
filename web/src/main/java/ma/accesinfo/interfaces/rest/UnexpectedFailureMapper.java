package ma.accesinfo.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.domain.model.shared.Language;

/**
 * Anything else: a concurrent change of the same record answers 409; the database out of reach
 * (stopped, restarting, no connection free) answers 503 with a time to try again, as the fault is
 * passing and the server recovers by itself; any other fault answers 500 with an incident number
 * that is also in the server log, and never with the fault's details.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

  private static final String UNIQUE_VIOLATION = "23505";

  /** SQL states of the class "connection exception". */
  private static final String CONNECTION_EXCEPTION = "08";

  /** PostgreSQL shutting down or starting: its connections are cut, new ones refused for now. */
  private static final String OPERATOR_INTERVENTION = "57P0";

  static final int RETRY_AFTER_SECONDS = 30;
  private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

  @Inject ProblemLanguage language;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationFailure applicationFailure) {
        return ApplicationFailureMapper.respond(applicationFailure, language.of(headers));
      }
      if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
        return Problems.response(
            409, "concurrentChange", List.of(), List.of(), language.of(headers));
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        // Two calls raced past the same check (two registrations of one e-mail, say).
        String code =
            String.valueOf(sql.getMessage()).contains("account_email_key")
                ? "emailAlreadyRegistered"
                : "concurrentChange";
        return Problems.response(409, code, List.of(), List.of(), language.of(headers));
      }
    }
    if (databaseOutOfReach(failure)) {
      LOG.warning("The database is out of reach: " + failure);
      return outOfReach(ProblemLanguage.fromHeaders(headers).orElse(Language.AR));
    }
    if (WebApplicationExceptionMapper.malformed(failure)) {
      return Problems.response(400, "malformedJson", List.of(), List.of(), language.of(headers));
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, failure);
    return Problems.response(
        500, "internalError", List.of(incident), List.of(), language.of(headers));
  }

  /** The answer while the database is out of reach: try again shortly. */
  static Response outOfReach(Language language) {
    return Response.fromResponse(
            Problems.response(503, "serviceUnavailable", List.of(), List.of(), language))
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .build();
  }

  /** Whether the failure comes from the database being unreachable rather than from a fault. */
  public static boolean databaseOutOfReach(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof jakarta.resource.ResourceException
          || t instanceof java.net.ConnectException
          || t instanceof SQLException sql
              && sql.getSQLState() != null
              && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                  || sql.getSQLState().startsWith(OPERATOR_INTERVENTION))) {
        return true;
      }
    }
    return false;
  }
}
