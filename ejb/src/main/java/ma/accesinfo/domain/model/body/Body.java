package ma.accesinfo.domain.model.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A public body subject to Law 31-13 (Art. 2): a House of Parliament, a ministry, a territorial
 * collectivity, a public establishment, the Commission itself. Requests are addressed to a body,
 * and its staff act for it. A body is created by an administrator and is deactivated rather than
 * removed, so that its past requests keep pointing at it.
 */
@Entity
@Table(name = "body")
public class Body {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private BodyKind kind;

  @Column(name = "name_ar", nullable = false, length = 300)
  private String nameAr;

  @Column(name = "name_fr", nullable = false, length = 300)
  private String nameFr;

  @Column(length = 254)
  private String email;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Body() {}

  public Body(
      String code, BodyKind kind, String nameAr, String nameFr, String email, Instant createdAt) {
    this.email = email;
    this.code = Objects.requireNonNull(code);
    this.kind = Objects.requireNonNull(kind);
    this.nameAr = Objects.requireNonNull(nameAr);
    this.nameFr = Objects.requireNonNull(nameFr);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public BodyKind kind() {
    return kind;
  }

  public String nameAr() {
    return nameAr;
  }

  public String nameFr() {
    return nameFr;
  }

  public String email() {
    return email;
  }

  public boolean active() {
    return active;
  }
}
