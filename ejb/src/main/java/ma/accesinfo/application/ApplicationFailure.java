package ma.accesinfo.application;

import java.util.List;

/**
 * A call that the application refused. Each subclass is one kind of refusal that adapters turn into
 * one answer (an HTTP status, a page); the code names the reason for people, in their language, and
 * the arguments fill its message. The transaction is rolled back: a refused call changes nothing.
 */
public abstract class ApplicationFailure extends RuntimeException {

  private final String code;
  private final transient List<Object> arguments;

  protected ApplicationFailure(String code, Object... arguments) {
    super(code + (arguments.length == 0 ? "" : " " + List.of(arguments)));
    this.code = code;
    this.arguments = List.of(arguments);
  }

  public String code() {
    return code;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
