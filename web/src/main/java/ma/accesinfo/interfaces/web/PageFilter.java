package ma.accesinfo.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import ma.accesinfo.interfaces.security.PageCookies;

/**
 * Every answer carries the security headers: a content security policy that allows nothing but this
 * site's own scripts, styles and forms and no framing (on pages, the same policy with the page's
 * script nonce, written as the page is rendered: see web.xml); no MIME sniffing; no referrer
 * outside the site; and, behind TLS, HSTS. Pages also take the visitor's choice of language ({@code
 * ?lang=fr}), kept in a cookie for a year so that it outlives the HTTP session (and the server that
 * held it).
 */
@WebFilter(urlPatterns = "/*")
public class PageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

  /** How long a choice of language is kept: a year, in seconds. */
  private static final int LANGUAGE_KEPT = 365 * 24 * 3600;

  @Inject Ui ui;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    boolean page = path.endsWith(".xhtml") || path.endsWith("/");
    if (!page) {
      // A page's policy is written as it is rendered, with the nonce of its scripts (web.xml)
      response.setHeader("Content-Security-Policy", POLICY);
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (PageCookies.secure(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (page) {
      response.setHeader("Cache-Control", "no-store");
      String language = request.getParameter("lang");
      String kept = PageCookies.read(request, PageCookies.LANGUAGE);
      if (language != null) {
        if (ui.choose(language) && !language.equals(kept)) {
          PageCookies.write(request, response, PageCookies.LANGUAGE, language, LANGUAGE_KEPT);
        }
      } else if (kept != null && !ui.isChosen()) {
        ui.choose(kept);
      }
    }
    chain.doFilter(request, response);
  }
}
