package ma.accesinfo.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import ma.accesinfo.domain.model.shared.PersonalDataConverter;

/**
 * The requester as the request form named them (Art. 14) when the request was received. Kept with
 * the request, since the law's facts must not change when a person later edits their account.
 */
@Embeddable
public class RequesterDetails {

  @Column(name = "requester_first_name", nullable = false, length = 100)
  private String firstName;

  @Column(name = "requester_last_name", nullable = false, length = 100)
  private String lastName;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "requester_address")
  private String address;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "requester_national_id")
  private String nationalId;

  @Convert(converter = PersonalDataConverter.class)
  @Column(name = "requester_residence_document_number")
  private String residenceDocumentNumber;

  @Column(name = "requester_email", length = 254)
  private String email;

  protected RequesterDetails() {}

  public RequesterDetails(
      String firstName,
      String lastName,
      String address,
      String nationalId,
      String residenceDocumentNumber,
      String email) {
    this.firstName = Objects.requireNonNull(firstName);
    this.lastName = Objects.requireNonNull(lastName);
    if (nationalId == null && residenceDocumentNumber == null) {
      throw new IllegalArgumentException("a request names the requester's identity document");
    }
    this.address = address;
    this.nationalId = nationalId;
    this.residenceDocumentNumber = residenceDocumentNumber;
    this.email = email;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String address() {
    return address;
  }

  public String nationalId() {
    return nationalId;
  }

  public String residenceDocumentNumber() {
    return residenceDocumentNumber;
  }

  public String email() {
    return email;
  }
}
