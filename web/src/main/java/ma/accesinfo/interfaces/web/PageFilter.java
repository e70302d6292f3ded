package ma.accesinfo.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every answer carries the security headers: a content security policy that allows nothing but this
 * site's own scripts, styles and forms and no framing (on pages, the same policy with the page's
 * script nonce, written as the page is rendered: see web.xml); no MIME sniffing; no referrer
 * outside the site; and, behind TLS, HSTS. Pages also take the visitor's choice of language ({@code
 * ?lang=fr}).
 */
@WebFilter(urlPatterns = "/*")
public class PageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

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
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (page) {
      response.setHeader("Cache-Control", "no-store");
      String language = request.getParameter("lang");
      if (language != null) {
        ui.choose(language);
      }
    }
    chain.doFilter(request, response);
  }
}
