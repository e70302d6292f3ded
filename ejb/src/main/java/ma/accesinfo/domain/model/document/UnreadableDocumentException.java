package ma.accesinfo.domain.model.document;

/** The content cannot be inspected: its type is not taken, it is damaged, or it is encrypted. */
public class UnreadableDocumentException extends RuntimeException {

  private final String code;
  private final String detail;

  public UnreadableDocumentException(String code, String detail) {
    super(code + ": " + detail);
    this.code = code;
    this.detail = detail;
  }

  /** {@code unsupportedType}, {@code damaged} or {@code encrypted}. */
  public String code() {
    return code;
  }

  public String detail() {
    return detail;
  }
}
