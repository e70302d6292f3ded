package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.PublicationService;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyRepository;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.publication.ProactivePublication;
import ma.accesinfo.domain.model.publication.PublicationCategory;
import ma.accesinfo.domain.model.publication.PublicationRegister;
import ma.accesinfo.domain.model.publication.PublicationStatus;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultPublicationService implements PublicationService {

  private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s<>\"]+$");

  @Inject Callers callers;
  @Inject BodyLookup bodyLookup;
  @Inject BodyRepository bodies;
  @Inject PublicationRegister register;
  @Inject AccessLaw law;
  @Inject Clock clock;

  @Override
  public List<PublicationItem> findPublicationRecord(String bodyCode) {
    InputCheck check = new InputCheck();
    Body body = bodyLookup.active(check, "body", bodyCode);
    check.done();
    return items(body);
  }

  @Override
  public PublicationItem declarePublication(String bodyCode, String category, Declaration in) {
    Account caller = callers.require();
    InputCheck check = new InputCheck();
    Body body = bodyLookup.active(check, "body", bodyCode);
    PublicationCategory which =
        check.choice("category", upper(category), true, PublicationCategory.class);
    check.done();
    if (!caller.holdsFor(Role.OFFICER, body) && !caller.holdsFor(Role.HEAD, body)) {
      throw new ActionNotAllowedException("publicationOfficersOnly");
    }
    PublicationStatus status = check.choice("status", in.status(), true, PublicationStatus.class);
    String url = check.matching("url", in.url(), false, 2_000, WEB_ADDRESS, "https://…");
    String note = check.text("note", in.note(), false, 2_000);
    LocalDate today = law.dayOf(clock.instant());
    if (in.lastUpdated() != null && in.lastUpdated().isAfter(today)) {
      check.add("lastUpdated", "dateInFuture", today);
    }
    if (status == PublicationStatus.PUBLISHED) {
      if (in.url() == null || in.url().isBlank()) {
        check.add("url", "required");
      }
      if (in.lastUpdated() == null) {
        check.add("lastUpdated", "required");
      }
    }
    if (status == PublicationStatus.NOT_APPLICABLE && note == null) {
      check.add("note", "required");
    }
    check.done();
    register.declare(
        new ProactivePublication(
            body.id(),
            which,
            status,
            status == PublicationStatus.PUBLISHED ? url : null,
            status == PublicationStatus.PUBLISHED ? in.lastUpdated() : null,
            note,
            caller.id(),
            clock.instant()));
    return items(body).stream()
        .filter(i -> i.category().equals(which.name()))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public List<BodyRecord> listPublicationRecords() {
    return bodies.search(null, 5_000).stream()
        .filter(Body::active)
        .map(b -> new BodyRecord(b.code(), b.nameAr(), b.nameFr(), items(b)))
        .toList();
  }

  private List<PublicationItem> items(Body body) {
    Map<PublicationCategory, ProactivePublication> declared =
        register.of(body.id()).stream()
            .collect(Collectors.toMap(ProactivePublication::category, Function.identity()));
    return Arrays.stream(PublicationCategory.values())
        .map(
            c -> {
              ProactivePublication p = declared.get(c);
              return p == null
                  ? new PublicationItem(c.name(), "NOT_DECLARED", null, null, null, null)
                  : new PublicationItem(
                      c.name(),
                      p.status().name(),
                      p.url(),
                      p.lastUpdated(),
                      p.note(),
                      p.declaredAt());
            })
        .toList();
  }

  private static String upper(String text) {
    return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
  }
}
