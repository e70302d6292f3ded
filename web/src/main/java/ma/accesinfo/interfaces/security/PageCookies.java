package ma.accesinfo.interfaces.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookies the web pages keep besides the HTTP session, so that what a visitor set survives the
 * server that kept their session (another server takes over after a failure, or after a restart):
 * their sign-in, as the token of their session (a row, checked at each request like an API token),
 * and their choice of language. Out of reach of the pages' scripts, left out of other sites' forms
 * and background requests (SameSite=Lax, as the session's cookie: only a link followed from another
 * site carries them, and links only read), and only over TLS when the site is behind it (as the
 * balancer's {@code X-Forwarded-Proto} says: it must set that header itself, never pass a
 * client's). Behind TLS, the sign-in's cookie is named with the {@code __Host-} prefix, which
 * browsers accept only from this very host over TLS: a neighbouring subdomain cannot plant a
 * sign-in of its own choosing in a visitor's browser.
 */
public final class PageCookies {

  /** The pages' session token. */
  public static final String SESSION = "accesinfo-session";

  /** The visitor's choice of language. */
  public static final String LANGUAGE = "accesinfo-lang";

  private PageCookies() {}

  /** The name of the sign-in's cookie for a request reaching the site as this one does. */
  public static String session(HttpServletRequest request) {
    return secure(request) && request.getContextPath().isEmpty() ? "__Host-" + SESSION : SESSION;
  }

  /** The cookie's value, or null. */
  public static String read(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (name.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
          return cookie.getValue();
        }
      }
    }
    return null;
  }

  /**
   * Sets a cookie for the whole site: until the browser closes ({@code maxAgeSeconds} -1) or for so
   * long.
   */
  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      String name,
      String value,
      int maxAgeSeconds) {
    Cookie cookie = new Cookie(name, value);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setHttpOnly(true);
    cookie.setSecure(secure(request));
    cookie.setAttribute("SameSite", "Lax");
    cookie.setMaxAge(maxAgeSeconds);
    response.addCookie(cookie);
  }

  /** Tells the browser to forget the cookie. */
  public static void clear(HttpServletRequest request, HttpServletResponse response, String name) {
    write(request, response, name, "", 0);
  }

  /** Whether the browser reached the site over TLS, here or at a proxy in front of it. */
  public static boolean secure(HttpServletRequest request) {
    return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
  }
}
