package ma.accesinfo.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import ma.accesinfo.interfaces.security.ApiAuthenticationMechanism;

/**
 * Refuses a call that came with refused credentials before anything else happens, with the same
 * answer whether the e-mail or the password was wrong (or the account locked for a while); and a
 * call whose credentials could not be checked, the database being out of reach, with a 503.
 */
@Provider
@PreMatching
public class InvalidCredentialsFilter implements ContainerRequestFilter {

  @Context HttpServletRequest servletRequest;
  @Inject ProblemLanguage language;

  @Override
  public void filter(ContainerRequestContext request) {
    if (servletRequest.getAttribute(ApiAuthenticationMechanism.DATABASE_OUT_OF_REACH) != null) {
      request.abortWith(
          UnexpectedFailureMapper.outOfReach(
              ProblemLanguage.fromHeaders(request.getHeaders().getFirst("Accept-Language"))));
      return;
    }
    if (servletRequest.getAttribute(ApiAuthenticationMechanism.REFUSED_CREDENTIALS)
        instanceof String reason) {
      Response problem =
          Problems.response(
              401,
              reason,
              List.of(),
              List.of(),
              ProblemLanguage.fromHeaders(request.getHeaders().getFirst("Accept-Language")));
      request.abortWith(
          Response.fromResponse(problem)
              .header("WWW-Authenticate", "Basic realm=\"accesinfo\", charset=\"UTF-8\"")
              .build());
    }
  }
}
