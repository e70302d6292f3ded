package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.SignInService;
import ma.accesinfo.application.SignInService.SessionView;

/**
 * Sign-in of the pages ({@link SignOutServlet} signs out). Signing in opens the same kind of
 * session as the API (with the second factor for staff, the lock after repeated failures, the audit
 * trail) and gives the browser a new session id, so that an id planted before sign-in is worth
 * nothing after it.
 */
@Named
@RequestScoped
public class SignInPage {

  @Inject SignInService signIn;
  @Inject Ui ui;

  private String email;
  private String password;
  private String code;
  private String next;

  public void signIn() {
    try {
      SessionView session = signIn.openSession(new SignInService.SignIn(email, password, code));
      Pages.startSession(session.token());
      Pages.redirect(
          Pages.afterSignIn(next, session.secondFactor() ? "inbox.xhtml" : "my-requests.xhtml"));
    } catch (ApplicationFailure failure) {
      password = null;
      code = null;
      Texts.show(failure, ui);
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
