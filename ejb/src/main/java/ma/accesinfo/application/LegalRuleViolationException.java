package ma.accesinfo.application;

import jakarta.ejb.ApplicationException;

/** Refused: a rule of the law forbids the action. */
@ApplicationException(rollback = true)
public class LegalRuleViolationException extends ApplicationFailure {

  public LegalRuleViolationException(String code, Object... arguments) {
    super(code, arguments);
  }
}
