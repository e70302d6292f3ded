package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RequestService.RequestView;
import ma.accesinfo.application.RequestService.Requester;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.Clarification;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestStatus;

/**
 * Who may see which request, and what of it. A request is seen by its requester and by the staff of
 * its body; to anyone else it does not exist, so that its existence does not leak. A decision that
 * has not left the body is shown to its staff only.
 */
@ApplicationScoped
public class RequestAccess {

  private static final List<Role> STAFF_ROLES =
      List.of(Role.OFFICER, Role.HEAD, Role.LEGAL_REVIEWER);

  @Inject InformationRequestRepository requests;
  @Inject ma.accesinfo.domain.model.complaint.ComplaintRepository complaints;
  @Inject LegalCalendar legalCalendar;
  @Inject AccessLaw law;

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

  /**
   * Whether the account sees the request as its handlers do: the body's staff, and Commission
   * members for a request complained of to the Commission (its case file, and nothing else of the
   * body).
   */
  public boolean isInsider(Account account, InformationRequest request) {
    return isStaffOf(account, request.body())
        || (account.holds(Role.COMMISSION) && complaints.isBeforeTheCommission(request));
  }

  public boolean isStaffOf(Account account, Body body) {
    return STAFF_ROLES.stream().anyMatch(role -> account.holdsFor(role, body));
  }

  /** The bodies the account works for, in any staff role. */
  /** The ids of the bodies the account works for, as the repositories' lists take them. */
  public List<Long> staffBodyIds(Account account) {
    return staffBodies(account).stream().map(Body::id).toList();
  }

  public List<Body> staffBodies(Account account) {
    return account.roles().stream()
        .filter(r -> STAFF_ROLES.contains(r.role()))
        .map(r -> r.body())
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }

  public RequestView view(InformationRequest request, Account viewer) {
    boolean staff = isInsider(viewer, request);
    RequestStatus status = staff ? request.status() : request.statusForRequester();
    boolean released = status.closed();
    // A decision's content is seen by the requester once it has left the body, never before.
    boolean showDecision = staff || status == RequestStatus.ANSWERED;
    String openQuestion =
        status == RequestStatus.AWAITING_CLARIFICATION
            ? requests.openClarification(request).map(Clarification::question).orElse(null)
            : null;
    return new RequestView(
        request.reference(),
        status.name(),
        (showDecision || released) && request.resolution() != null
            ? request.resolution().name()
            : null,
        request.overdue(),
        request.receivedAt(),
        request.receivedOn(),
        request.firstDueDate(),
        request.dueDate(),
        request.extended(),
        request.extensionGround(),
        request.extensionExplanation(),
        request.body().code(),
        request.body().nameAr(),
        request.body().nameFr(),
        request.subject(),
        request.description(),
        request.urgent(),
        request.urgencyReason(),
        request.urgencyDeclined(),
        request.urgencyDeclineReason(),
        request.deliveryMode().name(),
        request.language().code(),
        request.channel().name(),
        new Requester(
            request.requesterDetails().firstName(),
            request.requesterDetails().lastName(),
            request.requesterDetails().email()),
        showDecision ? request.refusalGround() : null,
        showDecision ? List.copyOf(new java.util.TreeSet<>(request.exemptions())) : List.of(),
        showDecision ? request.publicJustification() : null,
        showDecision ? request.publishedReference() : null,
        showDecision ? request.withheldParts() : null,
        (showDecision || status == RequestStatus.FORWARDED) && request.competentBody() != null
            ? request.competentBody().code()
            : null,
        referenceOf(request.forwardedToId()),
        referenceOf(request.forwardedFromId()),
        showDecision ? request.responseMessage() : null,
        status == RequestStatus.ANSWERED ? request.letter() : null,
        staff ? request.reviewComment() : null,
        openQuestion,
        complaintWindowEnds(request),
        released ? request.closedAt() : null);
  }

  /**
   * The last day to complain to the head of the body (Art. 19): 20 working days from the receipt of
   * a refusal, a partial grant or an answer, or from the end of the period without an answer.
   */
  public LocalDate complaintWindowEnds(InformationRequest request) {
    if (request.status() == RequestStatus.ANSWERED && request.closedAt() != null) {
      return legalCalendar
          .clock()
          .lastDay(law.dayOf(request.closedAt()), law.complaintToHeadWindow());
    }
    if (request.overdue() && !request.status().closed()) {
      return legalCalendar.clock().lastDay(request.dueDate(), law.complaintToHeadWindow());
    }
    return null;
  }

  private String referenceOf(Long requestId) {
    return requestId == null
        ? null
        : requests.find(requestId).map(InformationRequest::reference).orElse(null);
  }

  private InformationRequest check(InformationRequest request, Account caller, String reference) {
    if (request.filedBy(caller) || isInsider(caller, request)) {
      return request;
    }
    throw notFound(reference);
  }

  private static RecordNotFoundException notFound(String reference) {
    return new RecordNotFoundException("requestNotFound", reference);
  }

  private static String normalise(String reference) {
    return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
  }
}
