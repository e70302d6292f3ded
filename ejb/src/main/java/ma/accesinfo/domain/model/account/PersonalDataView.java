package ma.accesinfo.domain.model.account;

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
 * That someone saw a person's identity number and address, when and why (Law 09-08). Written once,
 * never changed; the person can read the record of views of their own data.
 */
@Entity
@Table(name = "personal_data_view")
public class PersonalDataView {

  /** Why personal data was opened: the purposes the law allows it for. */
  public enum Purpose {
    /** To handle the request: check the requester's identity (Art. 14). */
    IDENTITY_CHECK,
    /** To send the information or a letter by post. */
    POSTAL_DELIVERY,
    /** To examine a complaint about the request. */
    COMPLAINT_REVIEW,
    /** A request from a court or another authority the law obliges the body to answer. */
    LEGAL_OBLIGATION,
    /** The person looked at their own data. */
    OWN_DATA
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "viewed_at", nullable = false)
  private Instant viewedAt;

  @Column(name = "viewer_id", nullable = false)
  private Long viewerId;

  @Column(name = "subject_account_id")
  private Long subjectAccountId;

  @Column(name = "request_id")
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Purpose purpose;

  @Column(length = 500)
  private String note;

  protected PersonalDataView() {}

  public PersonalDataView(
      Instant viewedAt,
      Long viewerId,
      Long subjectAccountId,
      Long requestId,
      Purpose purpose,
      String note) {
    this.viewedAt = Objects.requireNonNull(viewedAt);
    this.viewerId = Objects.requireNonNull(viewerId);
    this.subjectAccountId = subjectAccountId;
    this.requestId = requestId;
    this.purpose = Objects.requireNonNull(purpose);
    this.note = note;
  }

  public Instant viewedAt() {
    return viewedAt;
  }

  public Long viewerId() {
    return viewerId;
  }

  public Long requestId() {
    return requestId;
  }

  public Purpose purpose() {
    return purpose;
  }

  public String note() {
    return note;
  }
}
