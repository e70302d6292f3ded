package ma.accesinfo.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.shared.Language;

/**
 * A request filed to the single window by someone who does not know which body holds the
 * information.
 *
 * <p>Life cycle: filed, it awaits routing ({@link Status#AWAITING_ROUTING}) in the central unit's
 * queue, with no legal period running: the law's period runs from the competent body's receipt. A
 * routing officer sends it to a body, which receives it as an {@link InformationRequest} at that
 * moment ({@link Status#ROUTED}); the requester may withdraw it before ({@link Status#WITHDRAWN}).
 */
@Entity
@Table(name = "single_window_request")
public class RoutingRequest {

  /** Where a request filed to the single window stands. */
  public enum Status {
    AWAITING_ROUTING,
    ROUTED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String reference;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "requester_id")
  private Account requester;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private boolean urgent;

  @Column(name = "urgency_reason")
  private String urgencyReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_mode", nullable = false, length = 20)
  private DeliveryMode deliveryMode;

  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "routed_at")
  private Instant routedAt;

  @Column(name = "routed_by")
  private Long routedBy;

  @Column(name = "routed_request_id")
  private Long routedRequestId;

  @Column(name = "routing_note")
  private String routingNote;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected RoutingRequest() {}

  public RoutingRequest(String reference, Account requester, RequestContent content, Instant at) {
    this.reference = Objects.requireNonNull(reference);
    this.requester = Objects.requireNonNull(requester);
    this.subject = content.subject();
    this.description = content.description();
    this.urgent = content.urgent();
    this.urgencyReason = content.urgencyReason();
    this.deliveryMode = content.deliveryMode();
    this.language = content.language();
    this.filedAt = Objects.requireNonNull(at);
    this.status = Status.AWAITING_ROUTING;
  }

  /** What the competent body will receive. */
  public RequestContent content() {
    return new RequestContent(subject, description, urgent, urgencyReason, deliveryMode, language);
  }

  /** The central unit sends the request to the body that received it as {@code request}. */
  public void routedTo(InformationRequest request, Account officer, String note, Instant at) {
    requireAwaitingRouting();
    this.status = Status.ROUTED;
    this.routedRequestId = Objects.requireNonNull(request.id());
    this.routedBy = officer.id();
    this.routingNote = note;
    this.routedAt = at;
    this.closedAt = at;
  }

  public void withdraw(Instant at) {
    requireAwaitingRouting();
    this.status = Status.WITHDRAWN;
    this.closedAt = at;
  }

  private void requireAwaitingRouting() {
    if (status != Status.AWAITING_ROUTING) {
      throw new IllegalStateException("single-window request " + reference + " is " + status);
    }
  }

  public boolean filedBy(Account account) {
    return requester.id().equals(account.id());
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public Account requester() {
    return requester;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public boolean urgent() {
    return urgent;
  }

  public Language language() {
    return language;
  }

  public Instant filedAt() {
    return filedAt;
  }

  public Status status() {
    return status;
  }

  public Instant routedAt() {
    return routedAt;
  }

  public Long routedRequestId() {
    return routedRequestId;
  }

  public String routingNote() {
    return routingNote;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
