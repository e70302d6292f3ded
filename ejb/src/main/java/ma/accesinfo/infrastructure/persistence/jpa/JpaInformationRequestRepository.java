package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  public List<InformationRequest> listFiledBy(
      long accountId, RequestStatus status, String search, int limit) {
    var query =
        em.createQuery(
                "select r from InformationRequest r where r.requester.id = :account"
                    + " and (:status is null or r.status = :status)"
                    + (search == null ? "" : SEARCH)
                    + " order by r.receivedAt desc",
                InformationRequest.class)
            .setParameter("account", accountId)
            .setParameter("status", status);
    if (search != null) {
      Search.of(em, search).bind(query);
    }
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public List<InformationRequest> listAddressedTo(
      List<Long> bodyIds, RequestStatus status, String search, int limit) {
    if (bodyIds.isEmpty()) {
      return List.of();
    }
    Search patterns = search == null ? null : Search.of(em, search);
    List<InformationRequest> found = new ArrayList<>();
    if (status == null || !status.closed()) {
      found.addAll(addressedTo(bodyIds, false, status, patterns, limit));
    }
    if ((status == null || status.closed()) && found.size() < limit) {
      found.addAll(addressedTo(bodyIds, true, status, patterns, limit - found.size()));
    }
    return found;
  }

  /** Running requests by urgency, or closed ones newest first. */
  private List<InformationRequest> addressedTo(
      List<Long> bodyIds, boolean closed, RequestStatus status, Search search, int limit) {
    var query =
        em.createQuery(
                "select r from InformationRequest r where r.body.id in :bodies"
                    + (closed ? " and r.status in :closed" : " and r.status not in :closed")
                    + (status == null ? "" : " and r.status = :status")
                    + (search == null ? "" : SEARCH)
                    + (closed
                        ? " order by r.receivedAt desc"
                        : " order by r.overdue desc, r.dueDate, r.receivedAt"),
                InformationRequest.class)
            .setParameter("bodies", bodyIds)
            .setParameter("closed", RequestStatus.CLOSED);
    if (status != null) {
      query.setParameter("status", status);
    }
    if (search != null) {
      search.bind(query);
    }
    return query.setMaxResults(limit).getResultList();
  }

  /**
   * Part of the reference or of the subject, in any case, the subject's accents and Arabic letter
   * forms folded as when it was written (V24).
   */
  private static final String SEARCH =
      " and (lower(r.reference) like :search escape '!'"
          + " or r.subjectFolded like :folded escape '!')";

  /**
   * A search's two patterns, made once for the queries of one listing: the text in lower case for
   * references, and folded by the database for subjects (one round trip).
   */
  private record Search(String lowered, String folded) {

    static Search of(EntityManager em, String text) {
      return new Search(pattern(text.toLowerCase(Locale.ROOT)), pattern(Folded.text(em, text)));
    }

    void bind(jakarta.persistence.TypedQuery<?> query) {
      query.setParameter("search", lowered).setParameter("folded", folded);
    }

    /**
     * The text anywhere, its wildcards taken as written; escaped after folding, which may make a
     * character one of them ("％" becomes "%").
     */
    private static String pattern(String text) {
      return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
  }

  @Override
  public DeadlineCounts countRunning(List<Long> bodyIds, LocalDate today, LocalDate soonBy) {
    if (bodyIds.isEmpty()) {
      return new DeadlineCounts(0, 0, 0);
    }
    Object[] counts =
        em.createQuery(
                "select"
                    + " sum(case when r.overdue or r.dueDate < :today then 1 else 0 end),"
                    + " sum(case when r.overdue = false and r.dueDate >= :today"
                    + " and r.dueDate <= :soonBy then 1 else 0 end),"
                    + " sum(case when r.overdue = false and r.dueDate > :soonBy then 1 else 0 end)"
                    + " from InformationRequest r where r.body.id in :bodies"
                    + " and r.status not in :closed",
                Object[].class)
            .setParameter("bodies", bodyIds)
            .setParameter("closed", RequestStatus.CLOSED)
            .setParameter("today", today)
            .setParameter("soonBy", soonBy)
            .getSingleResult();
    return new DeadlineCounts(number(counts[0]), number(counts[1]), number(counts[2]));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public List<DuePosition> runningOnTimeAcross(
      LocalDate day, LocalDate afterDueDate, Long afterId, int limit) {
    boolean after = afterDueDate != null && afterId != null;
    var query =
        em.createQuery(
                "select r.id, r.dueDate from InformationRequest r where r.status not in :closed"
                    + " and r.overdue = false and r.receivedOn < :day and r.dueDate >= :day"
                    + (after
                        ? " and (r.dueDate > :afterDue or (r.dueDate = :afterDue and r.id >"
                            + " :afterId))"
                        : "")
                    + " order by r.dueDate, r.id",
                Object[].class)
            .setParameter(
                "closed",
                List.of(RequestStatus.ANSWERED, RequestStatus.FORWARDED, RequestStatus.WITHDRAWN))
            .setParameter("day", day)
            .setMaxResults(limit);
    if (after) {
      query.setParameter("afterDue", afterDueDate).setParameter("afterId", afterId);
    }
    return query
        .getResultStream()
        .map(r -> new DuePosition(((Number) r[0]).longValue(), (LocalDate) r[1]))
        .toList();
  }

  @Override
  public List<InformationRequest> findAllForChange(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from InformationRequest r where r.id in :ids order by r.id",
            InformationRequest.class)
        .setParameter("ids", ids)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Map<Long, Long> countOpenDueBy(LocalDate day) {
    Map<Long, Long> counts = new java.util.LinkedHashMap<>();
    for (Object[] row :
        em.createQuery(
                "select r.body.id, count(r) from InformationRequest r where r.status not in"
                    + " :closed and r.dueDate <= :day group by r.body.id order by r.body.id",
                Object[].class)
            .setParameter(
                "closed",
                List.of(RequestStatus.ANSWERED, RequestStatus.FORWARDED, RequestStatus.WITHDRAWN))
            .setParameter("day", day)
            .getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  @Override
  public List<DueSoon> openDueBy(long bodyId, LocalDate day, int limit) {
    // Only what the digest shows: no entity (nor its sealed personal data) is loaded
    return em.createQuery(
            "select r.reference, r.dueDate, r.overdue, r.subject from InformationRequest r"
                + " where r.body.id = :body and r.status not in :closed and r.dueDate <= :day"
                + " order by r.dueDate, r.reference",
            Object[].class)
        .setParameter("body", bodyId)
        .setParameter(
            "closed",
            List.of(RequestStatus.ANSWERED, RequestStatus.FORWARDED, RequestStatus.WITHDRAWN))
        .setParameter("day", day)
        .setMaxResults(limit)
        .getResultStream()
        .map(r -> new DueSoon((String) r[0], (LocalDate) r[1], (Boolean) r[2], (String) r[3]))
        .toList();
  }

  @Override
  public List<FallenOverdue> fallenOverdueToTell() {
    // the partial index (V25) holds only the marked rows: a few thousand after a long holiday
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, body_id, status from information_request where head_to_tell"
                    // not "for update": rows referring to the request (its events) may still be
                    // added while the lists are made; a second run waits all the same
                    + " order by id for no key update")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new FallenOverdue(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    !RequestStatus.valueOf((String) r[2]).closed()))
        .toList();
  }

  @Override
  public void headsTold(List<Long> requestIds) {
    for (int from = 0; from < requestIds.size(); from += 1_000) {
      em.createQuery("update InformationRequest r set r.headToTell = false where r.id in :ids")
          .setParameter("ids", requestIds.subList(from, Math.min(from + 1_000, requestIds.size())))
          .executeUpdate();
    }
  }

  @Override
  public long countOpenOverdue(long bodyId) {
    return em.createQuery(
            "select count(r) from InformationRequest r where r.body.id = :body"
                + " and r.overdue = true and r.status not in :closed",
            Long.class)
        .setParameter("body", bodyId)
        .setParameter("closed", RequestStatus.CLOSED)
        .getSingleResult();
  }

  @Override
  public List<DueSoon> openOverdue(long bodyId, int limit) {
    return em.createQuery(
            "select r.reference, r.dueDate, r.overdue, r.subject from InformationRequest r"
                + " where r.body.id = :body and r.overdue = true and r.status not in :closed"
                + " order by r.dueDate desc, r.reference desc",
            Object[].class)
        .setParameter("body", bodyId)
        .setParameter("closed", RequestStatus.CLOSED)
        .setMaxResults(limit)
        .getResultStream()
        .map(r -> new DueSoon((String) r[0], (LocalDate) r[1], (Boolean) r[2], (String) r[3]))
        .toList();
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
