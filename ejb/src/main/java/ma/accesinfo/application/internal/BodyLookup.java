package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyRepository;

/** Finds the active body an input field names, or notes that it names none. */
@ApplicationScoped
public class BodyLookup {

  @Inject BodyRepository bodies;

  /** The body; null with a violation of the field when the code is missing or unknown. */
  public Body active(InputCheck check, String field, String code) {
    String text = check.text(field, code, true, 40);
    Optional<Body> body =
        text == null
            ? Optional.empty()
            : bodies.findByCode(text.toUpperCase(Locale.ROOT)).filter(Body::active);
    if (text != null && body.isEmpty()) {
      check.add(field, "unknownBody", text);
    }
    return body.orElse(null);
  }
}
