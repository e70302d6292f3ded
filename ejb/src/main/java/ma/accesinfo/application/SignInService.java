package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Signing in. Citizens sign in with their e-mail and password; staff and administrators also give a
 * code from an authenticator app (TOTP), set up once with {@link #beginSecondFactor} and {@link
 * #confirmSecondFactor}. Five failed attempts in a row lock an account for fifteen minutes; every
 * sign-in and every failure is in the audit trail.
 */
@Local
public interface SignInService {

  /** Opens an API session; refuses wrong credentials, a locked account, a missing second factor. */
  SessionView openSession(SignIn signIn);

  /** Ends the session of that token (sign-out); an unknown token is already ended. */
  void endSession(String token);

  /** The signed-in identity a session token stands for, if it is still live. */
  Optional<Identity> authenticateToken(String token);

  /**
   * The identity an e-mail and password stand for, for HTTP Basic: citizens only, since staff must
   * give their second factor, which Basic cannot carry.
   */
  PasswordCheck authenticatePassword(String email, String password);

  /** Starts setting up the second factor: a new secret for the authenticator app. */
  SecondFactorSetup beginSecondFactor(Credentials credentials);

  /** Finishes setting it up with a first code from the app. */
  void confirmSecondFactor(Confirmation confirmation);

  /** An administrator clears a person's second factor (a lost phone); they set it up again. */
  void clearSecondFactor(String email);

  record SignIn(String email, String password, String code) {}

  record Credentials(String email, String password) {}

  record Confirmation(String email, String password, String code) {}

  record SessionView(String token, Instant expiresAt, boolean secondFactor) {}

  record SecondFactorSetup(String secret, String provisioningUri) {}

  record Identity(String email, Set<String> groups) {}

  /** What HTTP Basic credentials came to. */
  record PasswordCheck(Identity identity, boolean secondFactorRequired) {
    public static final PasswordCheck INVALID = new PasswordCheck(null, false);
  }
}
