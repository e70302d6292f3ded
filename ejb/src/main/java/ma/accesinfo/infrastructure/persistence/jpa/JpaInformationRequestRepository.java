package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.accesinfo.domain.model.request.Clarification;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestEvent;
import ma.accesinfo.domain.model.request.RequestStatus;
import ma.accesinfo.domain.model.request.ThirdPartyConsultation;

@ApplicationScoped
public class JpaInformationRequestRepository implements InformationRequestRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<InformationRequest> findByReference(String reference) {
    return em.createQuery(
            "select r from InformationRequest r where r.reference = :reference",
            InformationRequest.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InformationRequest> findByReferenceForChange(String reference) {
    return em.createQuery(
            "select r from InformationRequest r where r.reference = :reference",
            InformationRequest.class)
        .setParameter("reference", reference)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<InformationRequest> find(long id) {
    return Optional.ofNullable(em.find(InformationRequest.class, id));
  }

  @Override
  public Optional<InformationRequest> findForChange(long id) {
    return Optional.ofNullable(
        em.find(InformationRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void store(InformationRequest request) {
    em.persist(request);
    em.flush();
  }

  @Override
  public List<InformationRequest> listFiledBy(long accountId, RequestStatus status, int limit) {
    return em.createQuery(
            "select r from InformationRequest r where r.requester.id = :account"
                + " and (:status is null or r.status = :status) order by r.receivedAt desc",
            InformationRequest.class)
        .setParameter("account", accountId)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<InformationRequest> listAddressedTo(long bodyId, RequestStatus status, int limit) {
    return em.createQuery(
            "select r from InformationRequest r where r.body.id = :body"
                + " and (:status is null or r.status = :status)"
                + " order by r.dueDate, r.receivedAt",
            InformationRequest.class)
        .setParameter("body", bodyId)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<InformationRequest> runningOnTimeAcross(LocalDate day) {
    return em.createQuery(
            "select r from InformationRequest r where r.status not in :closed and r.overdue = false"
                + " and r.receivedOn < :day and r.dueDate >= :day order by r.id",
            InformationRequest.class)
        .setParameter(
            "closed",
            List.of(RequestStatus.ANSWERED, RequestStatus.FORWARDED, RequestStatus.WITHDRAWN))
        .setParameter("day", day)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<InformationRequest> openDueBy(LocalDate day, int limit) {
    return em.createQuery(
            "select r from InformationRequest r where r.status not in :closed and r.dueDate <= :day"
                + " order by r.body.code, r.dueDate, r.reference",
            InformationRequest.class)
        .setParameter(
            "closed",
            List.of(RequestStatus.ANSWERED, RequestStatus.FORWARDED, RequestStatus.WITHDRAWN))
        .setParameter("day", day)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void store(Clarification clarification) {
    em.persist(clarification);
  }

  @Override
  public Optional<Clarification> openClarification(InformationRequest request) {
    return em.createQuery(
            "select c from Clarification c where c.requestId = :request and c.answeredAt is null"
                + " and c.lapsedAt is null order by c.id desc",
            Clarification.class)
        .setParameter("request", request.id())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Clarification> clarifications(InformationRequest request) {
    return em.createQuery(
            "select c from Clarification c where c.requestId = :request order by c.id",
            Clarification.class)
        .setParameter("request", request.id())
        .getResultList();
  }

  @Override
  public void store(ThirdPartyConsultation consultation) {
    em.persist(consultation);
    em.flush();
  }

  @Override
  public Optional<ThirdPartyConsultation> openConsultation(InformationRequest request) {
    return em.createQuery(
            "select c from ThirdPartyConsultation c where c.requestId = :request and c.answeredAt is null"
                + " and c.lapsedAt is null order by c.id desc",
            ThirdPartyConsultation.class)
        .setParameter("request", request.id())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ThirdPartyConsultation> consultations(InformationRequest request) {
    return em.createQuery(
            "select c from ThirdPartyConsultation c where c.requestId = :request order by c.id",
            ThirdPartyConsultation.class)
        .setParameter("request", request.id())
        .getResultList();
  }

  @Override
  public void append(RequestEvent event) {
    em.persist(event);
  }

  @Override
  public List<RequestEvent> events(InformationRequest request) {
    return em.createQuery(
            "select e from RequestEvent e where e.requestId = :request order by e.id",
            RequestEvent.class)
        .setParameter("request", request.id())
        .getResultList();
  }
}
