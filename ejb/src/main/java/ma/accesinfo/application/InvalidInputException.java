package ma.accesinfo.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The input breaks the rules of its fields; each broken rule is listed with its field. */
@ApplicationException(rollback = true)
public class InvalidInputException extends ApplicationFailure {

  private final transient List<FieldViolation> violations;

  public InvalidInputException(List<FieldViolation> violations) {
    super("invalidInput", violations.size());
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }
}
