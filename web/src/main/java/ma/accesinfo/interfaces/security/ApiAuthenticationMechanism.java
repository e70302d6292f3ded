package ma.accesinfo.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import ma.accesinfo.application.SignInService;
import ma.accesinfo.application.SignInService.Identity;
import ma.accesinfo.application.SignInService.PasswordCheck;
import ma.accesinfo.interfaces.rest.UnexpectedFailureMapper;

/**
 * Signs callers in: with a session token ({@code Authorization: Bearer}, from {@code POST
 * /api/v1/sessions}, or kept in the HTTP session and a cookie by the web pages' sign-in), or, for
 * citizens' scripts, with HTTP Basic (e-mail and password). Staff must use a session, which carries
 * their second factor. A call without credentials goes on anonymously, and each service decides
 * whether it needs a caller; a call with wrong or expired credentials is refused at once with 401,
 * whatever it asked for.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  /**
   * Set on a request whose credentials were refused, to the reason's problem code. The REST layer
   * answers it with a 401 problem (the container's own failure answer is an HTML page).
   */
  public static final String REFUSED_CREDENTIALS = "ma.accesinfo.refusedCredentials";

  /**
   * Set when the credentials could not be checked because the database is out of reach: the API
   * answers 503, as it does for any call then, instead of a failure page.
   */
  public static final String DATABASE_OUT_OF_REACH = "ma.accesinfo.databaseOutOfReach";

  /** The HTTP session attribute holding the pages' session token. */
  public static final String SESSION_TOKEN = "ma.accesinfo.sessionToken";

  @Inject SignInService signIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return validate(request, response, context);
    } catch (RuntimeException e) {
      if (!UnexpectedFailureMapper.databaseOutOfReach(e)) {
        throw e;
      }
      request.setAttribute(DATABASE_OUT_OF_REACH, Boolean.TRUE);
      return context.doNothing();
    }
  }

  private AuthenticationStatus validate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null) {
      return signedInPages(request, response, context);
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<Identity> identity = signIn.authenticateToken(header.substring(7).strip());
      if (identity.isPresent()) {
        return context.notifyContainerAboutLogin(identity.get().email(), identity.get().groups());
      }
      request.setAttribute(REFUSED_CREDENTIALS, "sessionNotValid");
      return context.doNothing();
    }
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.doNothing();
    }
    String[] credentials = decode(header.substring(6).strip());
    PasswordCheck check =
        credentials == null
            ? PasswordCheck.INVALID
            : signIn.authenticatePassword(credentials[0], credentials[1]);
    if (check.identity() != null) {
      return context.notifyContainerAboutLogin(check.identity().email(), check.identity().groups());
    }
    request.setAttribute(
        REFUSED_CREDENTIALS,
        check.secondFactorRequired() ? "secondFactorRequired" : "invalidCredentials");
    return context.doNothing();
  }

  /**
   * The web pages keep the session token of their sign-in in the HTTP session; it is checked on
   * every request exactly as an API token is (ended, unused too long, account closed). It is kept
   * in a cookie too: a browser whose HTTP session this server does not hold (the server that held
   * it failed, or restarted) stays signed in, in a new HTTP session, as long as the token is good.
   * Where the two differ, the cookie's is taken (behind TLS, it is the one only this host may set),
   * and the HTTP session takes a new id before holding it: an id planted in the browser by someone
   * else is worth nothing.
   */
  private AuthenticationStatus signedInPages(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    jakarta.servlet.http.HttpSession session = request.getSession(false);
    String kept =
        session != null && session.getAttribute(SESSION_TOKEN) instanceof String value
            ? value
            : null;
    String cookie = PageCookies.read(request, PageCookies.session(request));
    String token = cookie != null ? cookie : kept;
    if (token == null) {
      return context.doNothing();
    }
    Optional<Identity> identity = signIn.authenticateToken(token);
    if (identity.isEmpty()) {
      if (session != null) {
        session.removeAttribute(SESSION_TOKEN);
      }
      if (cookie != null) {
        PageCookies.clear(request, response, PageCookies.session(request));
      }
      return context.doNothing();
    }
    if (!token.equals(kept)) {
      if (session != null) {
        request.changeSessionId();
      }
      request.getSession(true).setAttribute(SESSION_TOKEN, token);
    }
    return context.notifyContainerAboutLogin(identity.get().email(), identity.get().groups());
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
