package ma.accesinfo.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;

/**
 * What the pages tell people when something is refused: the application's reasons, in the words the
 * API uses (its problem texts), in the visitor's language, each invalid field named.
 */
final class Texts {

  static final String BUNDLE = "ma.accesinfo.interfaces.web.messages";
  static final String PROBLEMS = "ma.accesinfo.interfaces.rest.problems";

  private Texts() {}

  /** Shows the failure at the top of the page (and each invalid field's message). */
  static void show(ApplicationFailure failure, Ui ui) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = Locale.forLanguageTag(ui.getServiceLanguage());
    ResourceBundle problems = ResourceBundle.getBundle(PROBLEMS, locale);
    ResourceBundle pages = ResourceBundle.getBundle(BUNDLE, ui.getLocale());
    if (failure instanceof InvalidInputException invalid) {
      for (FieldViolation v : invalid.violations()) {
        String label = text(pages, "field." + v.field().replaceAll("\\[.*", ""), v.field());
        String message = format(text(problems, "field." + v.code(), v.code()), v.arguments());
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + " : " + message, null));
      }
    } else {
      String message = format(text(problems, failure.code(), failure.code()), failure.arguments());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
  }

  /** Shows a page text (its key) as an error at the top of the page. */
  static void error(String key, Ui ui) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ui.text(key), null));
  }

  /**
   * Carries out an action of a page: tells the visitor it was done (the page text {@code doneKey}),
   * or why it was refused; returns whether it was done.
   */
  static boolean attempt(Runnable action, String doneKey, Ui ui) {
    try {
      action.run();
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ui.text(doneKey), null));
      return true;
    } catch (ApplicationFailure failure) {
      show(failure, ui);
      return false;
    }
  }

  private static String text(ResourceBundle bundle, String key, String fallback) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return fallback;
    }
  }

  private static String format(String pattern, List<Object> arguments) {
    return arguments.isEmpty() ? pattern : new MessageFormat(pattern).format(arguments.toArray());
  }
}
