package ma.accesinfo.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A request body that could not be read as JSON of the expected shape. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Inject ProblemLanguage language;
  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException exception) {
    return Problems.response(400, "malformedJson", List.of(), List.of(), language.of(headers));
  }
}
