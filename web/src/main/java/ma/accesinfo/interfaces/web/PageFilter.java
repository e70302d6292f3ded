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
 * site's own scripts, styles and forms and no framing; no MIME sniffing; no referrer outside the
 * site; and, behind TLS, HSTS. Pages also take the visitor's choice of language ({@code ?lang=fr}).
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
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    String path = request.getRequestURI();
    if (path.endsWith(".xhtml") || path.endsWith("/")) {
      response.setHeader("Cache-Control", "no-store");
      String language = request.getParameter("lang");
      if (language != null) {
        ui.choose(language);
      }
    }
    chain.doFilter(request, response);
  }
}
