package ma.accesinfo.domain.model.request;

import java.util.List;
import java.util.Optional;

/** Information requests and their event logs. */
public interface InformationRequestRepository {

  Optional<InformationRequest> findByReference(String reference);

  Optional<InformationRequest> find(long id);

  /** The request, locked against concurrent changes until the transaction ends. */
  Optional<InformationRequest> findByReferenceForChange(String reference);

  /** The request, locked against concurrent changes until the transaction ends. */
  Optional<InformationRequest> findForChange(long id);

  void store(InformationRequest request);

  /** A requester's requests, newest first, of that status when one is given. */
  List<InformationRequest> listFiledBy(long accountId, RequestStatus status, int limit);

  /** A body's requests, the earliest due first, of that status when one is given. */
  List<InformationRequest> listAddressedTo(long bodyId, RequestStatus status, int limit);

  /**
   * Requests still running on time whose period contains the day: received before it, due on or
   * after it. A change of the legal calendar on that day may move their deadline.
   */
  List<InformationRequest> runningOnTimeAcross(java.time.LocalDate day);

  /** Open requests due on or before the day, by body then due date: what officers must do soon. */
  List<InformationRequest> openDueBy(java.time.LocalDate day, int limit);

  void store(Clarification clarification);

  /** The request's unanswered clarification, if any. */
  java.util.Optional<Clarification> openClarification(InformationRequest request);

  void store(ThirdPartyConsultation consultation);

  /** The request's unanswered consultation, if any. */
  java.util.Optional<ThirdPartyConsultation> openConsultation(InformationRequest request);

  List<ThirdPartyConsultation> consultations(InformationRequest request);

  List<Clarification> clarifications(InformationRequest request);

  void append(RequestEvent event);

  /** The request's events in the order they happened. */
  List<RequestEvent> events(InformationRequest request);
}
