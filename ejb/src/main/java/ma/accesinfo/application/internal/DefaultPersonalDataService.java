package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.AuthenticationRequiredException;
import ma.accesinfo.application.IdentityInput;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.IdentityDocument;
import ma.accesinfo.domain.model.account.PasswordHasher;
import ma.accesinfo.domain.model.account.PersonName;
import ma.accesinfo.domain.model.account.PersonalDataView;
import ma.accesinfo.domain.model.account.PersonalDataView.Purpose;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.PersonalDataRetention;
import ma.accesinfo.domain.model.request.RequesterDetails;
import ma.accesinfo.domain.model.shared.Jsons;
import ma.accesinfo.domain.model.shared.Language;
import ma.accesinfo.domain.model.shared.PersonalDataStore;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultPersonalDataService implements PersonalDataService {

  static final int OWN_REQUESTS_LIMIT = 10_000;

  /** How many of the retention period's runs on record an administrator is shown. */
  static final int RETENTION_RUNS_SHOWN = 100;

  @Inject Callers callers;
  @Inject RequestAccess access;
  @Inject AccountRepository accounts;
  @Inject InformationRequestRepository requests;
  @Inject PersonalDataStore store;
  @Inject PersonalDataResealing resealing;
  @Inject PersonalDataRetention retention;
  @Inject PersonalDataRetaining retaining;
  @Inject ProcedureSettings settings;
  @Inject PasswordHasher passwordHasher;
  @Inject AccountTokens tokens;
  @Inject EventLog events;
  @Inject java.time.Clock clock;

  @Override
  public RequesterData requesterOf(String reference, String purposeCode, String note) {
    Account caller = callers.require();
    InformationRequest request = access.visible(reference, caller);
    boolean own = request.requester() != null && request.requester().id().equals(caller.id());
    InputCheck check = new InputCheck();
    Purpose purpose;
    if (own && !access.isInsider(caller, request)) {
      purpose = Purpose.OWN_DATA;
    } else {
      purpose = check.choice("purpose", purposeCode, true, Purpose.class);
      if (purpose == Purpose.OWN_DATA) {
        check.add("purpose", "notYourOwnData");
      }
    }
    String cleanNote = check.text("note", note, false, 500);
    check.done();
    accounts.store(
        new PersonalDataView(
            clock.instant(),
            caller.id(),
            request.requester() == null ? null : request.requester().id(),
            request.id(),
            purpose,
            cleanNote));
    return requesterData(request);
  }

  @Override
  public PersonalDataReport myData() {
    Account caller = callers.require();
    return report(caller);
  }

  @Override
  public PersonalDataReport correctMyData(Correction in) {
    Account caller = callers.require();
    InputCheck check = new InputCheck();
    String firstName = check.text("firstName", in.firstName(), true, 100);
    String lastName = check.text("lastName", in.lastName(), true, 100);
    boolean citizen = caller.holds(Role.CITIZEN);
    IdentityDocument identity =
        citizen
            ? IdentityInput.read(check, in.nationalId(), in.residenceDocumentNumber())
            : caller.identity().orElse(null);
    String address = check.text("address", in.address(), citizen, 500);
    Language language =
        in.preferredLanguage() == null
            ? caller.preferredLanguage()
            : Language.fromCode(in.preferredLanguage().strip())
                .orElseGet(
                    () -> {
                      check.add("preferredLanguage", "invalidChoice", "ar, fr, en");
                      return null;
                    });
    check.done();

    PersonName name = new PersonName(firstName, lastName);
    caller.correct(name, identity, address, language);
    Instant now = clock.instant();
    for (InformationRequest request : ownRequests(caller)) {
      if (request.personalDataPurged() || identity == null) {
        continue;
      }
      InformationRequest changing = requests.findForChange(request.id()).orElseThrow();
      changing.correctRequesterDetails(
          new RequesterDetails(
              firstName,
              lastName,
              address,
              identity.nationalId(),
              identity.residenceDocumentNumber(),
              caller.email()),
          now);
      events.record(
          changing, caller, EventType.REQUESTER_DETAILS_CORRECTED, Jsons.createObjectBuilder());
    }
    return report(caller);
  }

  @Override
  public void closeMyAccount(Closure in) {
    Account caller = callers.require();
    if (caller.isStaff()) {
      throw new ActionNotAllowedException("staffAccountsClosedByAdministrator");
    }
    if (in.password() == null
        || !passwordHasher.matches(in.password().toCharArray(), caller.passwordHash())) {
      throw new AuthenticationRequiredException("passwordConfirmationWrong");
    }
    List<String> open =
        ownRequests(caller).stream()
            .filter(r -> !r.status().closed())
            .map(InformationRequest::reference)
            .toList();
    if (!open.isEmpty()) {
      throw new StateConflictException("requestsStillOpen", String.join(", ", open));
    }
    Instant now = clock.instant();
    accounts.endSessions(caller, now);
    caller.close(now, passwordHasher.hash(tokens.newToken().toCharArray()));
  }

  @Override
  public ReEncryption reencrypt() {
    requireAdministrator();
    return reEncryption(resealing.begin());
  }

  @Override
  public ReEncryption currentReEncryption() {
    requireAdministrator();
    return reEncryption(resealing.last());
  }

  private ReEncryption reEncryption(BackgroundRun<Void> run) {
    String key = store.currentKeyId();
    long remaining = store.notCurrent();
    if (run == null) {
      return new ReEncryption(key, false, null, null, false, 0, remaining);
    }
    return new ReEncryption(
        key, run.running(), run.startedAt, run.endedAt, run.failed, run.done.get(), remaining);
  }

  @Override
  public RetentionRun startRetention() {
    return retentionRun(retaining.begin(requireAdministrator().id()));
  }

  @Override
  public boolean startNightlyRetention(LocalDate night) {
    callers.requireSchedule();
    return retaining.beginNight(night);
  }

  @Override
  public RetentionRun currentRetention() {
    requireAdministrator();
    return retentionRun(retaining.last());
  }

  @Override
  public List<RetentionRecord> listRetentionRuns() {
    requireAdministrator();
    return retention.recentRuns(RETENTION_RUNS_SHOWN).stream()
        .map(
            r ->
                new RetentionRecord(
                    r.ranAt(), r.closedBefore(), r.requests(), r.messages(), r.startedBy()))
        .toList();
  }

  private RetentionRun retentionRun(PersonalDataRetaining.Run last) {
    if (last == null) {
      int days = settings.personalDataRetentionDays();
      return new RetentionRun(false, null, null, false, null, days, 0, 0);
    }
    BackgroundRun<Void> run = last.run();
    return new RetentionRun(
        run.running(),
        run.startedAt,
        run.endedAt,
        run.failed,
        last.closedBefore(),
        last.retentionDays(),
        run.done.get(),
        last.erased().get());
  }

  private Account requireAdministrator() {
    Account caller = callers.require();
    if (!caller.holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
    return caller;
  }

  private List<InformationRequest> ownRequests(Account account) {
    return requests.listFiledBy(account.id(), null, null, OWN_REQUESTS_LIMIT);
  }

  private PersonalDataReport report(Account account) {
    AccountData data =
        new AccountData(
            account.email(),
            account.name().firstName(),
            account.name().lastName(),
            account.identity().map(IdentityDocument::nationalId).orElse(null),
            account.identity().map(IdentityDocument::residenceDocumentNumber).orElse(null),
            account.address(),
            account.preferredLanguage().code(),
            account.hasSecondFactor(),
            account.createdAt());
    List<RequesterData> own =
        ownRequests(account).stream().map(DefaultPersonalDataService::requesterData).toList();
    List<ViewRecord> views =
        accounts.viewsOf(account).stream().map(v -> viewRecord(v, account)).toList();
    return new PersonalDataReport(data, own, views);
  }

  /** Who opened the data, told as their role and body, not their name. */
  private ViewRecord viewRecord(PersonalDataView view, Account subject) {
    InformationRequest request =
        view.requestId() == null ? null : requests.find(view.requestId()).orElse(null);
    String role;
    String body = null;
    if (view.viewerId().equals(subject.id())) {
      role = "REQUESTER";
    } else {
      Account viewer = accounts.find(view.viewerId()).orElse(null);
      if (viewer != null && request != null && access.isStaffOf(viewer, request.body())) {
        role =
            viewer.roles().stream()
                .filter(r -> r.body() != null && r.body().id().equals(request.body().id()))
                .map(r -> r.role().name())
                .sorted()
                .collect(Collectors.joining(","));
        body = request.body().code();
      } else if (viewer != null && viewer.holds(Role.COMMISSION)) {
        role = Role.COMMISSION.name();
      } else {
        role = "STAFF";
      }
    }
    return new ViewRecord(
        view.viewedAt(),
        request == null ? null : request.reference(),
        role,
        body,
        view.purpose().name());
  }

  private static RequesterData requesterData(InformationRequest request) {
    RequesterDetails details = request.requesterDetails();
    return new RequesterData(
        request.reference(),
        details.firstName(),
        details.lastName(),
        details.email(),
        details.address(),
        details.nationalId(),
        details.residenceDocumentNumber(),
        request.personalDataPurged());
  }
}
