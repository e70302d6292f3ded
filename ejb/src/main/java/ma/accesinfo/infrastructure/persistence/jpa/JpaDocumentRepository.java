package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ma.accesinfo.domain.model.document.DocumentRepository;
import ma.accesinfo.domain.model.document.ReleaseDocument;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void store(ReleaseDocument document, byte[] content) {
    em.persist(document);
    em.flush();
    em.createNativeQuery(
            "insert into release_document_content (document_id, content) values (?1, ?2)")
        .setParameter(1, document.id())
        .setParameter(2, content)
        .executeUpdate();
  }

  @Override
  public Optional<ReleaseDocument> find(long requestId, long documentId) {
    return Optional.ofNullable(em.find(ReleaseDocument.class, documentId))
        .filter(d -> d.requestId() == requestId);
  }

  @Override
  public List<ReleaseDocument> attachedTo(long requestId) {
    return em.createQuery(
            "select d from ReleaseDocument d where d.requestId = :request order by d.id",
            ReleaseDocument.class)
        .setParameter("request", requestId)
        .getResultList();
  }

  @Override
  public byte[] content(long documentId) {
    return (byte[])
        em.createNativeQuery("select content from release_document_content where document_id = ?1")
            .setParameter(1, documentId)
            .getSingleResult();
  }

  @Override
  public void remove(ReleaseDocument document) {
    em.remove(document);
  }
}
