package ma.accesinfo.application;

import jakarta.ejb.ApplicationException;

/** Refused: the record does not exist, or the caller may not see it. */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends ApplicationFailure {

  public RecordNotFoundException(String code, Object... arguments) {
    super(code, arguments);
  }
}
