package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.DocumentService;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.StateConflictException;
import ma.accesinfo.application.UnacceptableDocumentException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.document.DocumentInspector;
import ma.accesinfo.domain.model.document.DocumentInspector.Converted;
import ma.accesinfo.domain.model.document.DocumentRepository;
import ma.accesinfo.domain.model.document.DocumentType;
import ma.accesinfo.domain.model.document.Inspection;
import ma.accesinfo.domain.model.document.ReleaseDocument;
import ma.accesinfo.domain.model.document.UnreadableDocumentException;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.RequestStatus;
import ma.accesinfo.domain.model.shared.Jsons;
import ma.accesinfo.domain.model.shared.Sha256;

@Stateless
@Interceptors(AuditedCalls.class)
public class DefaultDocumentService implements DocumentService {

  private static final int REASON_LIMIT = 2_000;

  @Inject Callers callers;
  @Inject RequestAccess access;
  @Inject DocumentRepository documents;
  @Inject DocumentInspector inspector;
  @Inject ProcedureSettings settings;
  @Inject EventLog eventLog;
  @Inject Clock clock;

  @Override
  public DocumentView attach(String reference, Upload upload) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    InputCheck check = new InputCheck();
    String name = check.text("fileName", baseName(upload.fileName()), true, 255);
    check.done();
    byte[] content = upload.content() == null ? new byte[0] : upload.content();
    if (content.length == 0) {
      throw new UnacceptableDocumentException("documentEmpty");
    }
    long limit = settings.uploadLimitBytes();
    if (content.length > limit) {
      throw new UnacceptableDocumentException("documentTooLarge", limit / (1024 * 1024));
    }
    requireOpenToDocuments(request);
    Inspection inspection = inspect(name, content);
    String declared = declaredType(upload.declaredType());
    if (DocumentType.ofMediaType(declared).filter(t -> t != inspection.type()).isPresent()) {
      throw new UnacceptableDocumentException(
          "documentTypeMismatch", declared, inspection.type().mediaType());
    }
    ReleaseDocument document = store(request, officer, name, content, inspection, null);
    return view(document, true);
  }

  @Override
  public List<DocumentView> listDocuments(String reference) {
    Account caller = callers.require();
    InformationRequest request = access.visible(reference, caller);
    boolean insider = access.isInsider(caller, request);
    return documents.attachedTo(request.id()).stream()
        .filter(d -> insider || releasedToRequester(request, d))
        .map(d -> view(d, insider))
        .toList();
  }

  @Override
  public DocumentContent findContent(String reference, long documentId) {
    Account caller = callers.require();
    InformationRequest request = access.visible(reference, caller);
    ReleaseDocument document = document(request, documentId);
    if (!access.isInsider(caller, request) && !releasedToRequester(request, document)) {
      throw new RecordNotFoundException("documentNotFound", documentId);
    }
    return new DocumentContent(
        document.fileName(), document.mediaType(), documents.content(document.id()));
  }

  @Override
  public DocumentView overrideFindings(String reference, long documentId, GateOverride in) {
    Account caller = callers.require();
    InformationRequest request = access.visibleForChange(reference, caller);
    if (!access.isStaffOf(caller, request.body())) {
      throw new ActionNotAllowedException("documentStaffOnly");
    }
    InputCheck check = new InputCheck();
    String reason = check.text("reason", in.reason(), true, REASON_LIMIT);
    check.done();
    ReleaseDocument document = document(request, documentId);
    requireOpenToDocuments(request);
    if (document.uploadedBy() == caller.id()) {
      throw new ActionNotAllowedException("overrideNeedsSecondPerson");
    }
    Instant now = clock.instant();
    if (!document.override(caller.id(), reason, now)) {
      throw new StateConflictException("documentNotBlocked", documentId);
    }
    eventLog.record(
        request,
        caller,
        EventType.DOCUMENT_GATE_OVERRIDDEN,
        Jsons.createObjectBuilder()
            .add("document", document.id())
            .add("fileName", document.fileName())
            .add("findings", document.findings().size()));
    return view(document, true);
  }

  @Override
  public List<DocumentView> convertToCsv(String reference, long documentId) {
    return convert(
        reference,
        documentId,
        DocumentType::spreadsheet,
        "onlySpreadsheetsToCsv",
        (name, content) -> inspector.toCsv(name, content));
  }

  @Override
  public DocumentView convertToPdf(String reference, long documentId) {
    return convert(
            reference,
            documentId,
            DocumentType::officeDocument,
            "onlyWordDocumentsToPdf",
            (name, content) -> List.of(inspector.toPdf(name, content)))
        .get(0);
  }

  /** Attaches what a converter makes of a document, each file inspected like any other. */
  private List<DocumentView> convert(
      String reference,
      long documentId,
      java.util.function.Predicate<DocumentType> convertible,
      String refusal,
      java.util.function.BiFunction<String, byte[], List<Converted>> converter) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    ReleaseDocument source = document(request, documentId);
    requireOpenToDocuments(request);
    if (!convertible.test(source.type())) {
      throw new StateConflictException(refusal, source.fileName());
    }
    List<Converted> files;
    try {
      files = converter.apply(source.fileName(), documents.content(source.id()));
    } catch (UnreadableDocumentException e) {
      throw unacceptable(e);
    }
    List<DocumentView> made = new ArrayList<>();
    for (Converted file : files) {
      Inspection inspection = inspect(file.fileName(), file.content());
      made.add(
          view(
              store(request, officer, file.fileName(), file.content(), inspection, source.id()),
              true));
    }
    return made;
  }

  @Override
  public void removeDocument(String reference, long documentId) {
    Account officer = callers.require();
    InformationRequest request = officerRequest(reference, officer);
    ReleaseDocument document = document(request, documentId);
    requireOpenToDocuments(request);
    documents.remove(document);
    eventLog.record(
        request,
        officer,
        EventType.DOCUMENT_REMOVED,
        Jsons.createObjectBuilder()
            .add("document", document.id())
            .add("fileName", document.fileName()));
  }

  private ReleaseDocument store(
      InformationRequest request,
      Account officer,
      String name,
      byte[] content,
      Inspection inspection,
      Long derivedFrom) {
    ReleaseDocument document =
        new ReleaseDocument(
            request.id(),
            name,
            inspection.type(),
            content.length,
            Sha256.hex(content),
            inspection,
            officer.id(),
            clock.instant(),
            derivedFrom);
    documents.store(document, content);
    eventLog.record(
        request,
        officer,
        EventType.DOCUMENT_ATTACHED,
        Jsons.createObjectBuilder()
            .add("document", document.id())
            .add("fileName", name)
            .add("gateStatus", document.gateStatus().name())
            .add("findings", inspection.findings().size()));
    return document;
  }

  private Inspection inspect(String name, byte[] content) {
    try {
      return inspector.inspect(name, content);
    } catch (UnreadableDocumentException e) {
      throw unacceptable(e);
    }
  }

  private static UnacceptableDocumentException unacceptable(UnreadableDocumentException e) {
    return switch (e.code()) {
      case "encrypted" -> new UnacceptableDocumentException("documentEncrypted", e.detail());
      case "damaged" -> new UnacceptableDocumentException("documentDamaged", e.detail());
      case "notUtf8" -> new UnacceptableDocumentException("documentNotUtf8");
      default -> new UnacceptableDocumentException("documentTypeNotAccepted", e.detail());
    };
  }

  /** A released document reaches the requester once the decision has left the body. */
  private static boolean releasedToRequester(InformationRequest request, ReleaseDocument d) {
    return request.statusForRequester() == RequestStatus.ANSWERED && d.gateStatus().releasable();
  }

  private InformationRequest officerRequest(String reference, Account officer) {
    InformationRequest request = access.visibleForChange(reference, officer);
    if (!officer.holdsFor(Role.OFFICER, request.body())) {
      throw new ActionNotAllowedException("officersOnly");
    }
    return request;
  }

  private ReleaseDocument document(InformationRequest request, long documentId) {
    return documents
        .find(request.id(), documentId)
        .orElseThrow(() -> new RecordNotFoundException("documentNotFound", documentId));
  }

  /**
   * Documents change only until the decision is recorded (and again if the reviewer returns it).
   */
  private static void requireOpenToDocuments(InformationRequest request) {
    RequestStatus status = request.status();
    if (status.closed()
        || status == RequestStatus.AWAITING_REVIEW
        || status == RequestStatus.DECIDED) {
      throw new StateConflictException("documentsOnlyBeforeDecision", status.name());
    }
  }

  static DocumentView view(ReleaseDocument d, boolean insider) {
    return new DocumentView(
        d.id(),
        d.fileName(),
        d.mediaType(),
        d.size(),
        d.sha256(),
        d.gateStatus().name(),
        d.gateStatus().releasable(),
        insider
            ? d.findings().stream()
                .map(f -> new FindingView(f.kind().name(), f.location(), f.detail()))
                .toList()
            : List.of(),
        d.uploadedAt(),
        d.derivedFrom(),
        insider ? d.overriddenAt() : null,
        insider ? d.overrideReason() : null);
  }

  /** The name without any folder a browser or client put before it. */
  private static String baseName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = fileName.strip();
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  private static String declaredType(String declared) {
    if (declared == null) {
      return "";
    }
    int semicolon = declared.indexOf(';');
    return (semicolon >= 0 ? declared.substring(0, semicolon) : declared)
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
