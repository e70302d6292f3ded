package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.BodyService;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyKind;
import ma.accesinfo.domain.model.body.BodyRepository;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultBodyService implements BodyService {

  private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,39}$");

  /** More bodies than Morocco's public bodies, communes included, by far. */
  private static final int CATALOGUE = 20_000;

  @Inject BodyRepository bodies;
  @Inject Callers callers;
  @Inject Clock clock;

  @Override
  public List<BodyView> searchBodies(String text) {
    return findBodies(text).bodies();
  }

  @Override
  public Found findBodies(String text) {
    InputCheck check = new InputCheck();
    String query = check.text("q", text, false, 100);
    // a search too long or with control characters is refused, not taken for no search at all
    check.done();
    // one more than listed tells whether there are more, without counting them all
    List<BodyView> found =
        bodies.search(query, LISTED + 1).stream().map(DefaultBodyService::view).toList();
    return new Found(found.subList(0, Math.min(found.size(), LISTED)), found.size() > LISTED);
  }

  @Override
  public List<BodyView> listCatalogue() {
    if (!callers.require().holds(Role.ROUTING_OFFICER)) {
      throw new ActionNotAllowedException("routingOfficersOnly");
    }
    return bodies.search(null, CATALOGUE).stream().map(DefaultBodyService::view).toList();
  }

  @Override
  public java.util.Optional<BodyView> findBody(String code) {
    if (code == null || code.isBlank() || code.length() > 40) {
      return java.util.Optional.empty();
    }
    return bodies
        .findByCode(code.strip().toUpperCase(Locale.ROOT))
        .filter(Body::active)
        .map(DefaultBodyService::view);
  }

  @Override
  public BodyView createBody(NewBody in) {
    if (!callers.require().holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
    InputCheck check = new InputCheck();
    String code =
        check.matching(
            "code",
            in.code() == null ? null : in.code().toUpperCase(Locale.ROOT),
            true,
            40,
            CODE,
            "MIN-EXAMPLE");
    BodyKind kind = check.choice("kind", in.kind(), true, BodyKind.class);
    String nameAr = check.text("nameAr", in.nameAr(), true, 300);
    String nameFr = check.text("nameFr", in.nameFr(), true, 300);
    String email = check.email("email", in.email(), false);
    check.done();
    if (bodies.findByCode(code).isPresent()) {
      throw new StateConflictException("bodyCodeTaken", code);
    }
    Body body = new Body(code, kind, nameAr, nameFr, email, clock.instant());
    bodies.store(body);
    return view(body);
  }

  static BodyView view(Body body) {
    return new BodyView(body.code(), body.nameAr(), body.nameFr(), body.kind().name());
  }
}
