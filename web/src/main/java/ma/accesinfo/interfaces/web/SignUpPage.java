package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.AccountService;
import ma.accesinfo.application.AccountService.Registration;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.SignInService;

/** A citizen or resident opens an account, and is signed in at once. */
@Named
@RequestScoped
public class SignUpPage {

  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject Ui ui;

  private String email;
  private String password;
  private String firstName;
  private String lastName;
  private String nationalId;
  private String residenceDocumentNumber;
  private String address;

  public void signUp() {
    try {
      accounts.registerCitizen(
          new Registration(
              email,
              password,
              firstName,
              lastName,
              nationalId,
              residenceDocumentNumber,
              address,
              ui.getServiceLanguage()));
      String token = signIn.openSession(new SignInService.SignIn(email, password, null)).token();
      Pages.startSession(token);
      Pages.redirect("file.xhtml");
    } catch (ApplicationFailure failure) {
      password = null;
      Texts.show(failure, ui);
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getNationalId() {
    return nationalId;
  }

  public void setNationalId(String nationalId) {
    this.nationalId = nationalId;
  }

  public String getResidenceDocumentNumber() {
    return residenceDocumentNumber;
  }

  public void setResidenceDocumentNumber(String residenceDocumentNumber) {
    this.residenceDocumentNumber = residenceDocumentNumber;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
