package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.CaseworkService;
import ma.accesinfo.application.CaseworkService.Decision;
import ma.accesinfo.application.CaseworkService.Extension;
import ma.accesinfo.application.CaseworkService.Review;
import ma.accesinfo.application.DocumentService;
import ma.accesinfo.application.DocumentService.DocumentView;
import ma.accesinfo.application.DocumentService.GateOverride;
import ma.accesinfo.application.DocumentService.Upload;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.application.PersonalDataService.RequesterData;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RequestService;
import ma.accesinfo.application.RequestService.EventView;
import ma.accesinfo.application.RequestService.RequestView;
import ma.accesinfo.application.UnacceptableDocumentException;
import ma.accesinfo.application.Uploads;
import ma.accesinfo.domain.model.law.AccessLaw;

/**
 * A request's case page for the body's staff: the request, its timeline, and the actions of the
 * procedure (extend, decide with the law's grounds and exemptions, legal review). Each action goes
 * through the same service as the API, which checks the caller's role for this body.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;
  @Inject CaseworkService casework;
  @Inject PersonalDataService personalData;
  @Inject DocumentService documentService;
  @Inject ProcedureSettings settings;
  @Inject Ui ui;

  private String reference;
  private RequestView request;
  private List<EventView> events = List.of();
  private boolean missing;
  private RequesterData requester;
  private List<DocumentView> documents = List.of();
  private transient Part file;
  private final java.util.Map<Long, String> overrideReasons = new java.util.HashMap<>();

  private String extensionGround;
  private String extensionExplanation;
  private String resolution;
  private String refusalGround;
  private List<String> exemptions = new ArrayList<>();
  private String publicJustification;
  private String withheldParts;
  private String unpublishedReason;
  private String message;
  private String reviewComment;
  private String purpose;
  private String question;
  private String forwardTo;
  private String thirdParty;
  private String thirdPartyContact;
  private java.time.LocalDate dueDate;

  public void load() {
    if (Pages.signInFirst()) {
      return;
    }
    try {
      request = requests.findRequest(reference);
      events = requests.events(reference);
      documents = documentService.listDocuments(reference);
    } catch (RecordNotFoundException e) {
      missing = true;
    }
  }

  public void extend() {
    act(() -> casework.extend(reference, new Extension(extensionGround, extensionExplanation)));
  }

  public void decide() {
    act(
        () ->
            casework.recordDecision(
                reference,
                new Decision(
                    resolution,
                    refusalGround,
                    exemptions,
                    publicJustification,
                    null,
                    withheldParts,
                    message,
                    null,
                    unpublishedReason)));
  }

  public void askClarification() {
    act(
        () ->
            casework.askClarification(
                reference, new CaseworkService.ClarificationQuestion(question)));
  }

  public void consult() {
    act(
        () ->
            casework.consultThirdParty(
                reference,
                new CaseworkService.Consultation(
                    thirdParty, thirdPartyContact, question, dueDate)));
  }

  public void recordThirdPartyAnswer(boolean consents) {
    act(
        () ->
            casework.recordThirdPartyAnswer(
                reference, new CaseworkService.ConsultationAnswer(consents, message)));
  }

  public void forward() {
    act(() -> casework.forward(reference, new CaseworkService.Forwarding(forwardTo, message)));
  }

  public void approve() {
    act(() -> casework.review(reference, new Review(true, reviewComment)));
  }

  public void sendBack() {
    act(() -> casework.review(reference, new Review(false, reviewComment)));
  }

  /** Opens the requester's identity for a stated purpose; the opening is recorded. */
  public void openIdentity() {
    try {
      requester = personalData.requesterOf(reference, purpose, null);
    } catch (ApplicationFailure failure) {
      Texts.show(failure, ui);
    }
  }

  /** Attaches the chosen file; the release gate inspects it at once. */
  public void attach() {
    if (file == null || file.getSize() == 0) {
      Texts.show(new UnacceptableDocumentException("documentEmpty"), ui);
      return;
    }
    act(
        () -> {
          try (InputStream in = file.getInputStream()) {
            byte[] content = Uploads.readAtMost(in, settings.uploadLimitBytes());
            documentService.attach(
                reference, new Upload(file.getSubmittedFileName(), file.getContentType(), content));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  public void convertToCsv(long documentId) {
    act(() -> documentService.convertToCsv(reference, documentId));
  }

  public void convertToPdf(long documentId) {
    act(() -> documentService.convertToPdf(reference, documentId));
  }

  public void removeDocument(long documentId) {
    act(() -> documentService.removeDocument(reference, documentId));
  }

  public void overrideFindings(long documentId) {
    act(
        () ->
            documentService.overrideFindings(
                reference, documentId, new GateOverride(overrideReasons.get(documentId))));
  }

  /** Documents change only until the decision is recorded (and again if it is returned). */
  public boolean isDocumentsOpen() {
    return request != null
        && List.of("AWAITING_RESPONSE", "OVERDUE", "AWAITING_CLARIFICATION", "AWAITING_THIRD_PARTY")
            .contains(request.status());
  }

  public List<DocumentView> getDocuments() {
    return documents;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  /** The reason a second person gives to override each blocked document's findings. */
  public java.util.Map<Long, String> getOverrideReasons() {
    return overrideReasons;
  }

  private void act(Runnable action) {
    if (Texts.attempt(action, "case.done", ui)) {
      load();
    }
  }

  public List<String> getExtensionGrounds() {
    return AccessLaw.LAW_31_13.extensionGrounds();
  }

  public List<String> getRefusalGrounds() {
    return AccessLaw.LAW_31_13.refusalGrounds().stream()
        .map(AccessLaw.RefusalGround::code)
        .toList();
  }

  public List<String> getExemptionCodes() {
    return AccessLaw.LAW_31_13.exemptions().stream().map(AccessLaw.Exemption::code).toList();
  }

  public List<String> getPurposes() {
    return List.of("IDENTITY_CHECK", "POSTAL_DELIVERY", "COMPLAINT_REVIEW", "LEGAL_OBLIGATION");
  }

  public RequestView getRequest() {
    return request;
  }

  public List<EventView> getEvents() {
    return events;
  }

  public boolean isMissing() {
    return missing;
  }

  public RequesterData getRequester() {
    return requester;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getExtensionGround() {
    return extensionGround;
  }

  public void setExtensionGround(String extensionGround) {
    this.extensionGround = extensionGround;
  }

  public String getExtensionExplanation() {
    return extensionExplanation;
  }

  public void setExtensionExplanation(String extensionExplanation) {
    this.extensionExplanation = extensionExplanation;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public String getRefusalGround() {
    return refusalGround;
  }

  public void setRefusalGround(String refusalGround) {
    this.refusalGround = refusalGround;
  }

  public List<String> getExemptions() {
    return exemptions;
  }

  public void setExemptions(List<String> exemptions) {
    this.exemptions = exemptions == null ? new ArrayList<>() : new ArrayList<>(exemptions);
  }

  public String getPublicJustification() {
    return publicJustification;
  }

  public void setPublicJustification(String publicJustification) {
    this.publicJustification = publicJustification;
  }

  public String getWithheldParts() {
    return withheldParts;
  }

  public void setWithheldParts(String withheldParts) {
    this.withheldParts = withheldParts;
  }

  public String getUnpublishedReason() {
    return unpublishedReason;
  }

  public void setUnpublishedReason(String unpublishedReason) {
    this.unpublishedReason = unpublishedReason;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public void setReviewComment(String reviewComment) {
    this.reviewComment = reviewComment;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getThirdParty() {
    return thirdParty;
  }

  public void setThirdParty(String thirdParty) {
    this.thirdParty = thirdParty;
  }

  public String getThirdPartyContact() {
    return thirdPartyContact;
  }

  public void setThirdPartyContact(String thirdPartyContact) {
    this.thirdPartyContact = thirdPartyContact;
  }

  public java.time.LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(java.time.LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getForwardTo() {
    return forwardTo;
  }

  public void setForwardTo(String forwardTo) {
    this.forwardTo = forwardTo;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }
}
