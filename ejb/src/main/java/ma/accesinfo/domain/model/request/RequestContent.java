package ma.accesinfo.domain.model.request;

import java.util.Objects;
import ma.accesinfo.domain.model.shared.Language;

/** What is asked, and how the requester wants it handled. */
public record RequestContent(
    String subject,
    String description,
    boolean urgent,
    String urgencyReason,
    DeliveryMode deliveryMode,
    Language language) {
  public RequestContent {
    Objects.requireNonNull(subject);
    Objects.requireNonNull(description);
    Objects.requireNonNull(deliveryMode);
    Objects.requireNonNull(language);
    if (urgent && urgencyReason == null) {
      throw new IllegalArgumentException("an urgent request gives its reason");
    }
  }
}
