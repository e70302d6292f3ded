package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ma.accesinfo.domain.model.request.RoutingRequest;
import ma.accesinfo.domain.model.request.RoutingRequestRepository;

@ApplicationScoped
public class JpaRoutingRequestRepository implements RoutingRequestRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void store(RoutingRequest request) {
    em.persist(request);
  }

  @Override
  public Optional<RoutingRequest> findForChange(String reference) {
    return em.createQuery(
            "select r from RoutingRequest r where r.reference = :reference", RoutingRequest.class)
        .setParameter("reference", reference)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<RoutingRequest> find(String reference) {
    return em.createQuery(
            "select r from RoutingRequest r where r.reference = :reference", RoutingRequest.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<RoutingRequest> routedAs(long requestId) {
    return em.createQuery(
            "select r from RoutingRequest r where r.routedRequestId = :request",
            RoutingRequest.class)
        .setParameter("request", requestId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<RoutingRequest> awaitingRouting(int limit) {
    return em.createQuery(
            "select r from RoutingRequest r where r.status = :status"
                + " order by r.urgent desc, r.filedAt, r.id",
            RoutingRequest.class)
        .setParameter("status", RoutingRequest.Status.AWAITING_ROUTING)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<RoutingRequest> filedBy(long accountId, int limit) {
    return em.createQuery(
            "select r from RoutingRequest r where r.requester.id = :account"
                + " order by r.filedAt desc, r.id desc",
            RoutingRequest.class)
        .setParameter("account", accountId)
        .setMaxResults(limit)
        .getResultList();
  }
}
