package ma.accesinfo.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import ma.accesinfo.application.SignInService;
import ma.accesinfo.interfaces.security.ApiAuthenticationMechanism;
import ma.accesinfo.interfaces.security.PageCookies;

/**
 * Signs the pages out: ends the session of the token the HTTP session holds and of the one the
 * sign-in cookie holds, forgets both, and goes back to the home page (in the language the visitor
 * chose, which its own cookie keeps). A plain form's POST, not a page's: it needs no page state, so
 * it works on a server that took the browser over from one that failed (where a page's form would
 * only say the page expired, while the cookie kept the browser signed in). Another site's form
 * cannot sign a visitor out: the cookies are {@code SameSite=Lax}, so its POST comes without them
 * and has nothing to end.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient SignInService signIn;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Set<String> tokens = new LinkedHashSet<>();
    HttpSession session = request.getSession(false);
    if (session != null) {
      if (session.getAttribute(ApiAuthenticationMechanism.SESSION_TOKEN) instanceof String kept) {
        tokens.add(kept);
      }
      session.invalidate();
    }
    String cookie = PageCookies.read(request, PageCookies.session(request));
    if (cookie != null) {
      tokens.add(cookie);
      PageCookies.clear(request, response, PageCookies.session(request));
    }
    tokens.forEach(signIn::endSession);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + "/index.xhtml");
  }
}
