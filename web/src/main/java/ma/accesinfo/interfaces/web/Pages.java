package ma.accesinfo.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import ma.accesinfo.interfaces.security.ApiAuthenticationMechanism;
import ma.accesinfo.interfaces.security.PageCookies;

/** Small moves the page beans share. */
final class Pages {

  private Pages() {}

  static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /**
   * Keeps a new session's token for the pages' requests to come, under a new session id, so that an
   * id planted before sign-in is worth nothing after it, and in a cookie until the browser closes,
   * so that the sign-in outlives the server holding the HTTP session.
   */
  static void startSession(String token) {
    HttpServletRequest request = request();
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(ApiAuthenticationMechanism.SESSION_TOKEN, token);
    PageCookies.write(request, response(), PageCookies.session(request), token, -1);
  }

  private static HttpServletResponse response() {
    return (HttpServletResponse)
        FacesContext.getCurrentInstance().getExternalContext().getResponse();
  }

  /**
   * Sends an anonymous visitor to the sign-in page, to come back here after; returns whether it
   * did.
   */
  static boolean signInFirst() {
    HttpServletRequest request = request();
    if (request.getRemoteUser() != null) {
      return false;
    }
    String here = request.getRequestURI().substring(request.getContextPath().length() + 1);
    String query = request.getQueryString();
    redirect(
        "signin.xhtml?next="
            + java.net.URLEncoder.encode(
                here + (query == null ? "" : "?" + query),
                java.nio.charset.StandardCharsets.UTF_8));
    return true;
  }

  /**
   * Where to go after sign-in: a page of this site named by the {@code next} parameter, never an
   * address elsewhere (an open redirect would help phishing).
   */
  static String afterSignIn(String next, String fallback) {
    return next != null && next.matches("[a-z-]+\\.xhtml(\\?[A-Za-z0-9=&%._+-]*)?")
        ? next
        : fallback;
  }

  /** Sends the browser to another page (post-redirect-get), ending this response. */
  static void redirect(String page) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + "/" + page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    FacesContext.getCurrentInstance().responseComplete();
  }
}
