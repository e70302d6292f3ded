package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.CaseworkService;
import ma.accesinfo.application.CaseworkService.Intake;

/**
 * An officer takes in a request received at the counter, by post or by e-mail, with the date it
 * really arrived (the legal period runs from then) and the requester's details from the form.
 */
@Named
@ViewScoped
public class IntakePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseworkService casework;
  @Inject Ui ui;

  private String bodyCode;
  private String channel = "COUNTER";
  private LocalDate receivedOn = LocalDate.now(ZoneId.of("Africa/Casablanca"));
  private String firstName;
  private String lastName;
  private String address;
  private String nationalId;
  private String email;
  private String subject;
  private String description;
  private String deliveryMode = "POST";
  private String language = "ar";

  public void requireSignIn() {
    Pages.signInFirst();
  }

  public void takeIn() {
    try {
      String reference =
          casework
              .intake(
                  bodyCode,
                  new Intake(
                      channel,
                      receivedOn,
                      firstName,
                      lastName,
                      address,
                      nationalId,
                      null,
                      email,
                      subject,
                      description,
                      false,
                      null,
                      deliveryMode,
                      language))
              .reference();
      Pages.redirect("case.xhtml?ref=" + reference);
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
    }
  }

  public String getBodyCode() {
    return bodyCode;
  }

  public void setBodyCode(String bodyCode) {
    this.bodyCode = bodyCode;
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
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

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getNationalId() {
    return nationalId;
  }

  public void setNationalId(String nationalId) {
    this.nationalId = nationalId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getDeliveryMode() {
    return deliveryMode;
  }

  public void setDeliveryMode(String deliveryMode) {
    this.deliveryMode = deliveryMode;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
