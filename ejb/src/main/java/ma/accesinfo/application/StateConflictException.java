package ma.accesinfo.application;

import jakarta.ejb.ApplicationException;

/** Refused: the record's present state does not allow the action. */
@ApplicationException(rollback = true)
public class StateConflictException extends ApplicationFailure {

  public StateConflictException(String code, Object... arguments) {
    super(code, arguments);
  }
}
