package ma.accesinfo.application;

import jakarta.ejb.ApplicationException;

/**
 * Refused: the uploaded file is not one the body may attach (too large, of a type not taken,
 * damaged, encrypted, or not what it was declared to be). Nothing is stored.
 */
@ApplicationException(rollback = true)
public class UnacceptableDocumentException extends ApplicationFailure {

  public UnacceptableDocumentException(String code, Object... arguments) {
    super(code, arguments);
  }

  public boolean tooLarge() {
    return code().equals("documentTooLarge");
  }
}
