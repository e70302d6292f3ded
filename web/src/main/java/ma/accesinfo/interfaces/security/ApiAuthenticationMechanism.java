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
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signs callers in with HTTP Basic (e-mail and password), for scripts on the API. A call without
 * credentials goes on anonymously, and each service decides whether it needs a caller; a call with
 * wrong credentials is refused at once with 401, whatever it asked for.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  /**
   * Set on a request whose credentials were wrong. The REST layer answers it with a 401 problem
   * (the container's own failure answer is an HTML page).
   */
  public static final String INVALID_CREDENTIALS = "ma.accesinfo.invalidCredentials";

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
    request.setAttribute(INVALID_CREDENTIALS, Boolean.TRUE);
    return context.doNothing();
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
}
