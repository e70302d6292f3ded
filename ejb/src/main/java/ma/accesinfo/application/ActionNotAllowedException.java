package ma.accesinfo.application;

import jakarta.ejb.ApplicationException;

/** Refused: the caller may see the record but not do this to it. */
@ApplicationException(rollback = true)
public class ActionNotAllowedException extends ApplicationFailure {

  public ActionNotAllowedException(String code, Object... arguments) {
    super(code, arguments);
  }
}
