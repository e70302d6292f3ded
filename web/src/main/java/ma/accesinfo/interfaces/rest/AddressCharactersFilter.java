package ma.accesinfo.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InputCheck;

/**
 * Refuses, before anything reads them, addresses whose path or query parameters hold control or
 * direction-override characters (a NUL byte, say): no reference, code or filter has them, and the
 * database would refuse some of them only after the request had started.
 */
@Provider
@PreMatching
public class AddressCharactersFilter implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    List<FieldViolation> violations = new ArrayList<>();
    if (InputCheck.hasForbiddenCharacters(request.getUriInfo().getPath(true))) {
      violations.add(new FieldViolation("path", "invalidCharacters", List.of()));
    }
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters(true).entrySet()) {
      if (InputCheck.hasForbiddenCharacters(parameter.getKey())) {
        violations.add(new FieldViolation("query", "invalidCharacters", List.of()));
      } else if (parameter.getValue().stream().anyMatch(InputCheck::hasForbiddenCharacters)) {
        violations.add(new FieldViolation(parameter.getKey(), "invalidCharacters", List.of()));
      }
    }
    if (!violations.isEmpty()) {
      request.abortWith(
          Problems.response(
              400,
              "invalidInput",
              List.of(String.join(", ", violations.stream().map(FieldViolation::field).toList())),
              violations,
              ProblemLanguage.fromHeaders(request.getHeaders().getFirst("Accept-Language"))));
    }
  }
}
