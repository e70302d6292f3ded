package ma.accesinfo.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Errors the HTTP layer raises before a service is called (an unknown path, a wrong method or
 * content type, a body that is not JSON of the expected shape) as problem details too.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject ProblemLanguage language;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    String code = malformed(exception) ? "malformedJson" : "http." + status;
    if (malformed(exception)) {
      status = 400;
    }
    Response response = Problems.response(status, code, List.of(), List.of(), language.of(headers));
    String allow = exception.getResponse().getHeaderString("Allow");
    return allow == null
        ? response
        : Response.fromResponse(response).header("Allow", allow).build();
  }

  static boolean malformed(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof ProcessingException
          || t.getClass().getName().startsWith("com.fasterxml.jackson.core")
          || t.getClass().getName().startsWith("jakarta.json.stream")) {
        return true;
      }
    }
    return false;
  }
}
