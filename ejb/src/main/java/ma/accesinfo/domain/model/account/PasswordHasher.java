package ma.accesinfo.domain.model.account;

/** Turns passwords into stored hashes and checks a password against one. */
public interface PasswordHasher {

  String hash(char[] password);

  boolean matches(char[] password, String storedHash);
}
