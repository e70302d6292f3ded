package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import ma.accesinfo.application.AccountService;
import ma.accesinfo.domain.model.shared.Language;

/**
 * The language to answer a caller in: the first of Arabic, French and English that the caller's
 * Accept-Language names, else the language of their account, else Arabic.
 */
@ApplicationScoped
public class ProblemLanguage {

  @Inject SecurityContext securityContext;
  @Inject AccountService accounts;

  public Language of(HttpHeaders headers) {
    return fromHeaders(headers).or(this::fromAccount).orElse(Language.AR);
  }

  /** The language an Accept-Language header asks for, else Arabic; the caller is not known. */
  static Language fromHeaders(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Language.AR;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        Optional<Language> language = Language.fromCode(range.getRange().split("-")[0]);
        if (language.isPresent()) {
          return language.get();
        }
      }
    } catch (IllegalArgumentException malformed) {
      // an unreadable header names no language
    }
    return Language.AR;
  }

  static Optional<Language> fromHeaders(HttpHeaders headers) {
    if (headers == null) {
      return Optional.empty();
    }
    for (Locale locale : headers.getAcceptableLanguages()) {
      Optional<Language> language = Language.fromCode(locale.getLanguage());
      if (language.isPresent()) {
        return language;
      }
    }
    return Optional.empty();
  }

  private Optional<Language> fromAccount() {
    Principal caller = securityContext.getCallerPrincipal();
    if (caller == null) {
      return Optional.empty();
    }
    try {
      return accounts.preferredLanguageOf(caller.getName());
    } catch (RuntimeException e) {
      // the account cannot be read (the database failing, say): a problem is still told, in Arabic
      return Optional.empty();
    }
  }
}
