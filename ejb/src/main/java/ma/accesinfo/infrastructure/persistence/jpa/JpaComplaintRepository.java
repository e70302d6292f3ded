package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.CommissionComplaintStatus;
import ma.accesinfo.domain.model.complaint.ComplaintRepository;
import ma.accesinfo.domain.model.complaint.HeadComplaint;
import ma.accesinfo.domain.model.complaint.ObservationRequest;
import ma.accesinfo.domain.model.request.InformationRequest;

@ApplicationScoped
public class JpaComplaintRepository implements ComplaintRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void store(HeadComplaint complaint) {
    em.persist(complaint);
    em.flush();
  }

  @Override
  public void store(CommissionComplaint complaint) {
    em.persist(complaint);
    em.flush();
  }

  @Override
  public void store(ObservationRequest observationRequest) {
    em.persist(observationRequest);
  }

  @Override
  public Optional<HeadComplaint> findHeadComplaint(String reference) {
    return em.createQuery(
            "select c from HeadComplaint c where c.reference = :reference", HeadComplaint.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CommissionComplaint> findCommissionComplaint(String reference) {
    return em.createQuery(
            "select c from CommissionComplaint c where c.reference = :reference",
            CommissionComplaint.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<HeadComplaint> findHeadComplaintForChange(String reference) {
    return em.createQuery(
            "select c from HeadComplaint c where c.reference = :reference", HeadComplaint.class)
        .setParameter("reference", reference)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<HeadComplaint> findHeadComplaintForChange(long id) {
    return Optional.ofNullable(em.find(HeadComplaint.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<HeadComplaint> headComplaintOf(InformationRequest request) {
    return em.createQuery(
            "select c from HeadComplaint c where c.request = :request", HeadComplaint.class)
        .setParameter("request", request)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CommissionComplaint> findCommissionComplaintForChange(String reference) {
    return em.createQuery(
            "select c from CommissionComplaint c where c.reference = :reference",
            CommissionComplaint.class)
        .setParameter("reference", reference)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CommissionComplaint> findCommissionComplaintForChange(long id) {
    return Optional.ofNullable(
        em.find(CommissionComplaint.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<CommissionComplaint> liveCommissionComplaintOf(InformationRequest request) {
    return em.createQuery(
            "select c from CommissionComplaint c where c.request = :request and c.status <> :inadmissible",
            CommissionComplaint.class)
        .setParameter("request", request)
        .setParameter("inadmissible", CommissionComplaintStatus.INADMISSIBLE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean isBeforeTheCommission(InformationRequest request) {
    return !em.createQuery(
            "select c.id from CommissionComplaint c where c.request = :request", Long.class)
        .setParameter("request", request)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<HeadComplaint> headComplaintsFiledBy(long accountId, int limit) {
    return em.createQuery(
            "select c from HeadComplaint c where c.complainant.id = :account order by c.receivedAt desc",
            HeadComplaint.class)
        .setParameter("account", accountId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<HeadComplaint> headComplaintsAgainst(List<Long> bodyIds, int limit) {
    return em.createQuery(
            "select c from HeadComplaint c where c.request.body.id in :bodies order by c.dueDate",
            HeadComplaint.class)
        .setParameter("bodies", bodyIds)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<CommissionComplaint> commissionComplaintsFiledBy(long accountId, int limit) {
    return em.createQuery(
            "select c from CommissionComplaint c where c.complainant.id = :account or"
                + " c.request.requester.id = :account order by c.receivedAt desc",
            CommissionComplaint.class)
        .setParameter("account", accountId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<CommissionComplaint> commissionComplaintsAgainst(List<Long> bodyIds, int limit) {
    return em.createQuery(
            "select c from CommissionComplaint c where c.request.body.id in :bodies order by c.dueDate",
            CommissionComplaint.class)
        .setParameter("bodies", bodyIds)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<CommissionComplaint> allCommissionComplaints(
      CommissionComplaintStatus status, int limit) {
    return em.createQuery(
            "select c from CommissionComplaint c where (:status is null or c.status = :status)"
                + " order by c.dueDate, c.id",
            CommissionComplaint.class)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<ObservationRequest> openObservationRequest(CommissionComplaint complaint) {
    return em.createQuery(
            "select o from ObservationRequest o where o.complaintId = :complaint"
                + " and o.answeredAt is null and o.lapsedAt is null order by o.id desc",
            ObservationRequest.class)
        .setParameter("complaint", complaint.id())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ObservationRequest> observationRequests(CommissionComplaint complaint) {
    return em.createQuery(
            "select o from ObservationRequest o where o.complaintId = :complaint order by o.id",
            ObservationRequest.class)
        .setParameter("complaint", complaint.id())
        .getResultList();
  }
}
