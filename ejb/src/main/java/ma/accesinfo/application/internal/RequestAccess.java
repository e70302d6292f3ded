package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RequestService.RequestView;
import ma.accesinfo.application.RequestService.Requester;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestStatus;

/**
 * Who may see which request, and what of it. A request is seen by its requester and by the staff of
 * its body; to anyone else it does not exist, so that its existence does not leak.
 */
@ApplicationScoped
public class RequestAccess {

  private static final List<Role> STAFF_ROLES =
      List.of(Role.OFFICER, Role.HEAD, Role.LEGAL_REVIEWER);

  @Inject InformationRequestRepository requests;

  public InformationRequest visible(String reference, Account caller) {
    InformationRequest request =
        requests.findByReference(normalise(reference)).orElseThrow(() -> notFound(reference));
    return check(request, caller, reference);
  }

  /** The request, locked against concurrent changes until the transaction ends. */
  public InformationRequest visibleForChange(String reference, Account caller) {
    InformationRequest request =
        requests
            .findByReferenceForChange(normalise(reference))
            .orElseThrow(() -> notFound(reference));
    return check(request, caller, reference);
  }

  public boolean isStaffOf(Account account, Body body) {
    return STAFF_ROLES.stream().anyMatch(role -> account.holdsFor(role, body));
  }

  /** The bodies the account works for, in any staff role. */
  public List<Body> staffBodies(Account account) {
    return account.roles().stream()
        .filter(r -> STAFF_ROLES.contains(r.role()))
        .map(r -> r.body())
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  public RequestView view(InformationRequest request, Account viewer) {
    boolean released = request.status() == RequestStatus.ANSWERED;
    boolean staff = isStaffOf(viewer, request.body());
    boolean showDecision = released || staff;
    return new RequestView(
        request.reference(),
        request.status().name(),
        showDecision && request.resolution() != null ? request.resolution().name() : null,
        request.receivedAt(),
        request.receivedOn(),
        request.dueDate(),
        request.body().code(),
        request.body().nameAr(),
        request.body().nameFr(),
        request.subject(),
        request.description(),
        request.urgent(),
        request.urgencyReason(),
        request.deliveryMode().name(),
        request.language().code(),
        request.channel().name(),
        new Requester(
            request.requesterDetails().firstName(),
            request.requesterDetails().lastName(),
            request.requesterDetails().email()),
        showDecision ? request.responseMessage() : null,
        released ? request.updatedAt() : null);
  }

  private InformationRequest check(InformationRequest request, Account caller, String reference) {
    if (request.filedBy(caller) || isStaffOf(caller, request.body())) {
      return request;
    }
    throw notFound(reference);
  }

  private static RecordNotFoundException notFound(String reference) {
    return new RecordNotFoundException("requestNotFound", reference);
  }

  private static String normalise(String reference) {
    return reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
