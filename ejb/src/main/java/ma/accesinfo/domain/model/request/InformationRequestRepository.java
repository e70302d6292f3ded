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

  /**
   * A requester's requests, newest first, of that status when one is given, matching the search
   * (part of the reference or of the subject, any case) when one is given.
   */
  List<InformationRequest> listFiledBy(
      long accountId, RequestStatus status, String search, int limit);

  /**
   * The requests of these bodies as their staff work them: of that status when one is given, else
   * the running ones first (the overdue, then the earliest due), then the closed ones (the latest
   * received first); matching the search (part of the reference or of the subject) when one is
   * given.
   */
  List<InformationRequest> listAddressedTo(
      List<Long> bodyIds, RequestStatus status, String search, int limit);

  /** The running requests of bodies by how pressing they are. */
  record DeadlineCounts(long overdue, long dueSoon, long onTime) {}

  /**
   * Counts the running requests of these bodies: overdue (marked, or past their due date on {@code
   * today}), due by {@code soonBy}, and due later.
   */
  DeadlineCounts countRunning(
      List<Long> bodyIds, java.time.LocalDate today, java.time.LocalDate soonBy);

  /** A request as a recomputation of deadlines walks through them: where it stands in the walk. */
  record DuePosition(long id, java.time.LocalDate dueDate) {}

  /**
   * Requests still running on time whose period contains the day: received before it, due on or
   * after it. A change of the legal calendar on that day may move their deadline. The first {@code
   * limit} of them in the order of their due dates then ids, after the request {@code afterId} due
   * on {@code afterDueDate} (both null: from the first); read without a lock, to be locked with
   * {@link #findAllForChange} and checked again.
   */
  List<DuePosition> runningOnTimeAcross(
      java.time.LocalDate day, java.time.LocalDate afterDueDate, Long afterId, int limit);

  /** These requests, locked for change, in the order of their ids. */
  List<InformationRequest> findAllForChange(List<Long> ids);

  /** An open request due soon or overdue, as an officer's daily digest lists it. */
  record DueSoon(String reference, java.time.LocalDate dueDate, boolean overdue, String subject) {}

  /**
   * How many open requests each body (by id) has due on or before the day, overdue ones included:
   * what its officers must do soon.
   */
  java.util.Map<Long, Long> countOpenDueBy(java.time.LocalDate day);

  /** A body's open requests due on or before the day, the soonest first, at most {@code limit}. */
  List<DueSoon> openDueBy(long bodyId, java.time.LocalDate day, int limit);

  /** A request fallen overdue whose body's head is yet to be told: its body, and whether open. */
  record FallenOverdue(long id, long bodyId, boolean open) {}

  /**
   * The requests fallen overdue whose heads are yet to be told, locked until the transaction ends
   * (a second server's run waits, then finds them told); those being marked overdue in a
   * transaction not yet committed are left for the next run.
   */
  List<FallenOverdue> fallenOverdueToTell();

  /** The heads have been told of these requests (in this transaction). */
  void headsTold(List<Long> requestIds);

  /** How many of a body's requests are open past their period. */
  long countOpenOverdue(long bodyId);

  /** A body's open requests past their period, the latest due first, at most {@code limit}. */
  List<DueSoon> openOverdue(long bodyId, int limit);

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
