package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ma.accesinfo.application.AccountService;
import ma.accesinfo.application.AccountService.AccountView;

/** Who is looking at the page, to show them their menu (the services still check every action). */
@Named
@RequestScoped
public class Viewer {

  @Inject AccountService accounts;

  private AccountView account;
  private boolean looked;

  private AccountView account() {
    if (!looked) {
      looked = true;
      account = Pages.request().getRemoteUser() == null ? null : accounts.currentAccount();
    }
    return account;
  }

  /**
   * Whose drafts of forms the page may take back (site.js keeps them in the browser tab under this
   * mark): an opaque mark of the signed-in person, empty for a visitor.
   */
  public String getDraftOwner() {
    return account() == null
        ? ""
        : ma.accesinfo.domain.model.shared.Sha256.hex(
                account().email().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .substring(0, 16);
  }

  public boolean isSignedIn() {
    return account() != null;
  }

  public boolean isStaff() {
    return account() != null
        && account().roles().stream().anyMatch(r -> !"CITIZEN".equals(r.role()));
  }

  /** Whether the viewer works for a body: its officer, head or legal reviewer. */
  public boolean isBodyStaff() {
    return account() != null
        && account().roles().stream()
            .anyMatch(r -> List.of("OFFICER", "HEAD", "LEGAL_REVIEWER").contains(r.role()));
  }

  /** Whether the viewer works on bodies' requests: their staff, and the Commission. */
  public boolean isCaseworker() {
    return account() != null
        && account().roles().stream()
            .anyMatch(
                r -> List.of("OFFICER", "HEAD", "LEGAL_REVIEWER", "COMMISSION").contains(r.role()));
  }

  public boolean isCitizen() {
    return account() != null
        && account().roles().stream().anyMatch(r -> "CITIZEN".equals(r.role()));
  }

  /** Whether the viewer holds the role for the body with this code. */
  public boolean holdsFor(String role, String bodyCode) {
    return account() != null
        && account().roles().stream()
            .anyMatch(
                r ->
                    role.equals(r.role())
                        && bodyCode != null
                        && bodyCode.equalsIgnoreCase(r.bodyCode()));
  }

  public boolean holds(String role) {
    return account() != null && account().roles().stream().anyMatch(r -> role.equals(r.role()));
  }
}
