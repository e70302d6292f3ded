package ma.accesinfo.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import ma.accesinfo.domain.model.shared.Language;
import ma.accesinfo.interfaces.rest.Problems;

/**
 * Signs callers in with HTTP Basic (e-mail and password), for scripts on the API. A call without
 * credentials goes on anonymously, and each service decides whether it needs a caller; a call with
 * wrong credentials is refused at once with 401, whatever it asked for.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.doNothing();
    }
    String[] credentials = decode(header.substring(6).strip());
    if (credentials != null) {
      CredentialValidationResult result =
          identityStores.validate(new UsernamePasswordCredential(credentials[0], credentials[1]));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
    }
    refuse(request, response);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static String[] decode(String encoded) {
    try {
      String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return colon <= 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response) {
    Language language = Language.AR;
    for (Locale locale : java.util.Collections.list(request.getLocales())) {
      if (request.getHeader("Accept-Language") == null) {
        break;
      }
      var match = Language.fromCode(locale.getLanguage());
      if (match.isPresent()) {
        language = match.get();
        break;
      }
    }
    var problem = Problems.response(401, "invalidCredentials", List.of(), List.of(), language);
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Basic realm=\"accesinfo\", charset=\"UTF-8\"");
    response.setHeader("Content-Language", language.code());
    response.setContentType(Problems.PROBLEM_JSON.withCharset("UTF-8").toString());
    try {
      response
          .getOutputStream()
          .write(((String) problem.getEntity()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
