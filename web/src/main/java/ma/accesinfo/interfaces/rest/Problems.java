package ma.accesinfo.interfaces.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.domain.model.shared.Jsons;
import ma.accesinfo.domain.model.shared.Language;

/**
 * Writes errors as RFC 9457 problem details, in the caller's language. The {@code code} member is
 * stable for programs; {@code title}, {@code detail} and each error's {@code message} are for
 * people.
 */
public final class Problems {

  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
  static final String BUNDLE = "ma.accesinfo.interfaces.rest.problems";
  static final String TYPE_PREFIX = "urn:accesinfo:problem:";

  private Problems() {}

  public static Response response(
      int status,
      String code,
      List<Object> arguments,
      List<FieldViolation> violations,
      Language language) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
    JsonObjectBuilder body =
        Jsons.createObjectBuilder()
            .add("type", TYPE_PREFIX + code)
            .add("title", text(bundle, "status." + status, List.of()))
            .add("status", status)
            .add("detail", text(bundle, code, arguments))
            .add("code", code);
    if (!violations.isEmpty()) {
      JsonArrayBuilder errors = Jsons.createArrayBuilder();
      for (FieldViolation v : violations) {
        errors.add(
            Jsons.createObjectBuilder()
                .add("field", v.field())
                .add("code", v.code())
                .add("message", text(bundle, "field." + v.code(), v.arguments())));
      }
      body.add("errors", errors);
    }
    return Response.status(status)
        .type(PROBLEM_JSON.withCharset("UTF-8"))
        .header("Content-Language", language.code())
        .entity(body.build().toString())
        .build();
  }

  static String text(ResourceBundle bundle, String key, List<Object> arguments) {
    try {
      return new MessageFormat(bundle.getString(key), bundle.getLocale())
          .format(arguments.toArray());
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
