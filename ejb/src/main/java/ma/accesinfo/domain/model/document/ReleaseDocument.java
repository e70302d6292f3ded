package ma.accesinfo.domain.model.document;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import ma.accesinfo.domain.model.shared.Jsons;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A document attached to a request for release with its decision.
 *
 * <p>Life cycle: an officer attaches it while the request awaits a decision; the release gate
 * inspects it at once and it is {@link GateStatus#CLEAR} or {@link GateStatus#BLOCKED}. A blocked
 * document is fixed by replacing it (for instance with its CSV conversion) and removing it, or is
 * let through by a second member of the body's staff who records why ({@link
 * GateStatus#OVERRIDDEN}). No decision is recorded while a document is blocked. Once the decision
 * has left the body, the requester reads the documents, and they are published in the disclosure
 * log unless the officer kept them back with a reason. The content is stored apart, in the
 * database, and never served directly.
 */
@Entity
@Table(name = "release_document")
public class ReleaseDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private Long uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "gate_status", nullable = false)
  private GateStatus gateStatus;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, updatable = false)
  private String findings;

  @Column(name = "derived_from", updatable = false)
  private Long derivedFrom;

  @Column(name = "overridden_by")
  private Long overriddenBy;

  @Column(name = "overridden_at")
  private Instant overriddenAt;

  @Column(name = "override_reason")
  private String overrideReason;

  protected ReleaseDocument() {}

  public ReleaseDocument(
      long requestId,
      String fileName,
      DocumentType type,
      long size,
      String sha256,
      Inspection inspection,
      long uploadedBy,
      Instant uploadedAt,
      Long derivedFrom) {
    this.requestId = requestId;
    this.fileName = Objects.requireNonNull(fileName);
    this.mediaType = type.mediaType();
    this.size = size;
    this.sha256 = Objects.requireNonNull(sha256);
    this.uploadedBy = uploadedBy;
    this.uploadedAt = Objects.requireNonNull(uploadedAt);
    this.derivedFrom = derivedFrom;
    this.gateStatus = inspection.clear() ? GateStatus.CLEAR : GateStatus.BLOCKED;
    JsonArrayBuilder list = Jsons.createArrayBuilder();
    for (Finding f : inspection.findings()) {
      list.add(
          Jsons.createObjectBuilder()
              .add("kind", f.kind().name())
              .add("location", f.location())
              .add("detail", f.detail()));
    }
    this.findings = list.build().toString();
  }

  /**
   * A second person lets a blocked document through. Whoever attached it cannot: that is the point
   * of the second pair of eyes.
   *
   * @return false when the document was not blocked or the person is the one who attached it
   */
  public boolean override(long accountId, String reason, Instant at) {
    if (gateStatus != GateStatus.BLOCKED || accountId == uploadedBy) {
      return false;
    }
    this.gateStatus = GateStatus.OVERRIDDEN;
    this.overriddenBy = accountId;
    this.overrideReason = Objects.requireNonNull(reason);
    this.overriddenAt = at;
    return true;
  }

  public List<Finding> findings() {
    try (var reader = Jsons.createReader(new StringReader(findings))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(
              o ->
                  new Finding(
                      FindingKind.valueOf(o.getString("kind")),
                      o.getString("location", ""),
                      o.getString("detail", "")))
          .toList();
    }
  }

  public Long id() {
    return id;
  }

  public long requestId() {
    return requestId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public DocumentType type() {
    return DocumentType.ofMediaType(mediaType).orElseThrow();
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public long uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public GateStatus gateStatus() {
    return gateStatus;
  }

  public Long derivedFrom() {
    return derivedFrom;
  }

  public Long overriddenBy() {
    return overriddenBy;
  }

  public Instant overriddenAt() {
    return overriddenAt;
  }

  public String overrideReason() {
    return overrideReason;
  }
}
