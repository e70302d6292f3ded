package ma.accesinfo.domain.model.account;

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
import java.util.Objects;
import ma.accesinfo.domain.model.body.Body;

/** One role held by an account, tied to a body for the staff roles. */
@Entity
@Table(name = "account_role")
public class RoleAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Role role;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "body_id")
  private Body body;

  protected RoleAssignment() {}

  RoleAssignment(Account account, Role role, Body body) {
    if (role.heldForBody() != (body != null)) {
      throw new IllegalArgumentException(
          role + (role.heldForBody() ? " is held for a body" : " is not held for a body"));
    }
    this.account = Objects.requireNonNull(account);
    this.role = role;
    this.body = body;
  }

  public Role role() {
    return role;
  }

  /** The body the role is held for, or null for roles held everywhere. */
  public Body body() {
    return body;
  }
}
