package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import ma.accesinfo.domain.model.shared.Language;

/** Accounts: citizens register themselves; an administrator creates staff accounts. */
@Local
public interface AccountService {

  /** A citizen or legal resident opens an account to file requests. */
  AccountView registerCitizen(Registration registration);

  /** An administrator creates a staff account with its roles, each staff role for one body. */
  AccountView createStaffAccount(StaffAccount account);

  /** The signed-in caller's own account. */
  AccountView currentAccount();

  /** The holder of a new account confirms its e-mail address with the code sent there. */
  AccountView verifyEmail(TokenInput token);

  /**
   * Anyone may ask for a password reset; a code is sent to the address when it belongs to an active
   * account, and the answer is the same either way.
   */
  void requestPasswordReset(PasswordResetRequest request);

  /** The holder of a reset code chooses a new password; the code works once, for 30 minutes. */
  void resetPassword(PasswordReset reset);

  record TokenInput(String token) {}

  record PasswordResetRequest(String email) {}

  record PasswordReset(String token, String password) {}

  /** The language an account holder chose, for answering them when they named none. */
  Optional<Language> preferredLanguageOf(String email);

  record Registration(
      String email,
      String password,
      String firstName,
      String lastName,
      String nationalId,
      String residenceDocumentNumber,
      String address,
      String preferredLanguage) {}

  record StaffAccount(
      String email,
      String password,
      String firstName,
      String lastName,
      String preferredLanguage,
      List<RoleGrant> roles) {}

  record RoleGrant(String role, String bodyCode) {}

  record AccountView(
      String email,
      String firstName,
      String lastName,
      String preferredLanguage,
      boolean emailVerified,
      List<RoleGrant> roles) {}
}
