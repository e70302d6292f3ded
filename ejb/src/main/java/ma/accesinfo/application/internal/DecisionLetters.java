package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.Resolution;
import ma.accesinfo.domain.model.shared.Language;

/**
 * Writes the decision letter in the request's language (Arabic or French): the outcome, the ground
 * and the exemptions of a refusal with their articles, and the right to complain with its deadline
 * (Art. 18, last paragraph).
 */
@ApplicationScoped
public class DecisionLetters {

  static final String BUNDLE = "ma.accesinfo.application.internal.letters";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public String write(InformationRequest request, LocalDate complaintWindowEnds) {
    Language language = request.language() == Language.AR ? Language.AR : Language.FR;
    ResourceBundle text = ResourceBundle.getBundle(BUNDLE, language.locale());
    StringBuilder letter = new StringBuilder();
    line(letter, language == Language.AR ? request.body().nameAr() : request.body().nameFr());
    line(letter, format(text, "title", request.reference()));
    line(letter, format(text, "received", DATE.format(request.receivedOn())));
    letter.append('\n');
    line(
        letter,
        format(
            text,
            "greeting",
            request.requesterDetails().firstName(),
            request.requesterDetails().lastName()));
    letter.append('\n');
    Resolution resolution = request.resolution();
    switch (resolution) {
      case GRANTED -> line(letter, text.getString("GRANTED"));
      case PARTIALLY_GRANTED ->
          line(letter, format(text, "PARTIALLY_GRANTED", request.withheldParts()));
      case REFUSED ->
          line(
              letter, format(text, "REFUSED", text.getString("ground." + request.refusalGround())));
      default -> throw new IllegalStateException("no letter for " + resolution);
    }
    if (!request.exemptions().isEmpty()) {
      line(letter, text.getString("exemptionsIntro"));
      request.exemptions().stream()
          .sorted()
          .forEach(code -> line(letter, "- " + text.getString("exemption." + code)));
    }
    if (request.publicJustification() != null) {
      line(letter, format(text, "justification", request.publicJustification()));
    }
    if (request.publishedReference() != null) {
      line(letter, format(text, "published", request.publishedReference()));
    }
    if (request.competentBody() != null) {
      line(
          letter,
          format(
              text,
              "competentBody",
              request.competentBody().code(),
              language == Language.AR
                  ? request.competentBody().nameAr()
                  : request.competentBody().nameFr()));
    }
    line(letter, format(text, "message", request.responseMessage()));
    letter.append('\n');
    line(letter, format(text, "remedies", DATE.format(complaintWindowEnds)));
    return letter.toString();
  }

  private static String format(ResourceBundle text, String key, Object... arguments) {
    return new MessageFormat(text.getString(key), text.getLocale()).format(arguments);
  }

  private static void line(StringBuilder letter, String line) {
    letter.append(line).append('\n');
  }
}
