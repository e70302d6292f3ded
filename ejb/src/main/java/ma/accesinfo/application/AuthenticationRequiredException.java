package ma.accesinfo.application;

import jakarta.ejb.ApplicationException;

/** Refused: the call needs a signed-in caller. */
@ApplicationException(rollback = true)
public class AuthenticationRequiredException extends ApplicationFailure {

  public AuthenticationRequiredException(String code, Object... arguments) {
    super(code, arguments);
  }
}
