package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The visitor's language and how dates are shown in it. Arabic is the default, laid out right to
 * left; French, English and Amazigh (Tifinagh) are a click away. Legal deadlines are shown in the
 * Gregorian calendar with the Hijri date beside them.
 */
@Named
@SessionScoped
public class Ui implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The languages offered, in the order of the language menu. */
  public static final List<String> LANGUAGES = List.of("ar", "fr", "en", "zgh");

  private String language;
  private boolean chosen;

  public String getLanguage() {
    if (language == null) {
      language = fromBrowser();
    }
    return language;
  }

  /**
   * Chooses a language (from the {@code lang} parameter of any page, or the cookie that kept it);
   * unknown codes are ignored (false).
   */
  public boolean choose(String code) {
    if (code != null && LANGUAGES.contains(code)) {
      language = code;
      chosen = true;
      return true;
    }
    return false;
  }

  /** Whether the visitor chose the language in this session (else it is the browser's). */
  public boolean isChosen() {
    return chosen;
  }

  /** This page again, in another language (its other parameters kept). */
  public String languageLink(String code) {
    var request =
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String query = request.getQueryString() == null ? "" : request.getQueryString();
    String kept = query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
    return request.getRequestURI() + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang=" + code;
  }

  /** The name of a language, written in that language. */
  public String languageName(String code) {
    return switch (code) {
      case "ar" -> "العربية";
      case "fr" -> "Français";
      case "en" -> "English";
      case "zgh" -> "ⵜⴰⵎⴰⵣⵉⵖⵜ";
      default -> code;
    };
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public String getDirection() {
    return "ar".equals(getLanguage()) ? "rtl" : "ltr";
  }

  /** The language the application services write in (Amazigh readers get Arabic there). */
  public String getServiceLanguage() {
    return "zgh".equals(getLanguage()) ? "ar" : getLanguage();
  }

  /** A date of the law, e.g. 25/12/2026. */
  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
  }

  /** An instant, as a date and time in Morocco. */
  public String instant(java.time.Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .format(instant.atZone(java.time.ZoneId.of("Africa/Casablanca")));
  }

  /** The same day in the Hijri (Umm al-Qura) calendar, in the visitor's language. */
  public String hijri(LocalDate date) {
    if (date == null) {
      return "";
    }
    Locale locale = "zgh".equals(getLanguage()) ? Locale.forLanguageTag("ar") : getLocale();
    return DateTimeFormatter.ofPattern("d MMMM y G", locale)
        .withChronology(HijrahChronology.INSTANCE)
        .format(HijrahDate.from(date));
  }

  /** A text of the page bundle, for beans that speak to the visitor. */
  public String text(String key) {
    try {
      return ResourceBundle.getBundle(Texts.BUNDLE, getLocale()).getString(key);
    } catch (MissingResourceException e) {
      return key.substring(key.indexOf('.') + 1);
    }
  }

  private static String fromBrowser() {
    FacesContext faces = FacesContext.getCurrentInstance();
    // Without an Accept-Language header the container offers its own default locale: Arabic then
    if (faces != null
        && faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") != null) {
      var locales = faces.getExternalContext().getRequestLocales();
      while (locales.hasNext()) {
        String code = locales.next().getLanguage();
        if (LANGUAGES.contains(code)) {
          return code;
        }
      }
    }
    return "ar";
  }
}
