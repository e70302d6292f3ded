package ma.accesinfo.domain.model.account;

import java.util.Objects;

/** A person's first and last name, as the Commission's request form asks for them. */
public record PersonName(String firstName, String lastName) {
  public PersonName {
    Objects.requireNonNull(firstName);
    Objects.requireNonNull(lastName);
  }
}
