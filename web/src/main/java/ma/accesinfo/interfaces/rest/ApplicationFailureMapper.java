package ma.accesinfo.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.AuthenticationRequiredException;
import ma.accesinfo.application.InvalidInputException;
import ma.accesinfo.application.LegalRuleViolationException;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.application.UnacceptableDocumentException;

/** Each kind of refusal becomes its HTTP status, explained in the caller's language. */
@Provider
public class ApplicationFailureMapper implements ExceptionMapper<ApplicationFailure> {

  @Inject ProblemLanguage language;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ApplicationFailure failure) {
    return respond(failure, language.of(headers));
  }

  static Response respond(
      ApplicationFailure failure, ma.accesinfo.domain.model.shared.Language language) {
    Response response =
        Problems.response(
            status(failure),
            failure.code(),
            failure.arguments(),
            failure instanceof InvalidInputException invalid ? invalid.violations() : List.of(),
            language);
    if (failure instanceof AuthenticationRequiredException) {
      return Response.fromResponse(response)
          .header("WWW-Authenticate", "Basic realm=\"accesinfo\", charset=\"UTF-8\"")
          .build();
    }
    return response;
  }

  static int status(ApplicationFailure failure) {
    if (failure instanceof InvalidInputException) {
      return 400;
    }
    if (failure instanceof AuthenticationRequiredException) {
      return 401;
    }
    if (failure instanceof ActionNotAllowedException) {
      return 403;
    }
    if (failure instanceof RecordNotFoundException) {
      return 404;
    }
    if (failure instanceof StateConflictException) {
      return 409;
    }
    if (failure instanceof UnacceptableDocumentException document) {
      return document.tooLarge() ? 413 : 415;
    }
    if (failure instanceof LegalRuleViolationException) {
      return 422;
    }
    return 400;
  }
}
