package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import ma.accesinfo.application.DocumentService.DocumentContent;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.LetterService;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.application.RequestService.RequestView;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.ComplaintRepository;
import ma.accesinfo.domain.model.complaint.HeadComplaint;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.Clarification;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.shared.Language;
import ma.accesinfo.reports.QrCodes;
import ma.accesinfo.reports.Reports;

@Stateless
public class DefaultLetterService implements LetterService {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** The letters there are. */
  enum Kind {
    RECEIPT,
    EXTENSION,
    CLARIFICATION,
    DECISION,
    HEAD_DECISION,
    RECOMMENDATION
  }

  @Inject Callers callers;
  @Inject RequestAccess access;
  @Inject ProcedureSettings settings;
  @Inject InformationRequestRepository requests;
  @Inject ComplaintRepository complaints;
  @Inject RedressWindows windows;
  @Inject LegalCalendar legalCalendar;
  @Inject AccessLaw law;

  @Override
  public DocumentContent findLetter(String reference, String kind) {
    Account caller = callers.require();
    InputCheck check = new InputCheck();
    Kind which = check.choice("kind", upper(kind), true, Kind.class);
    check.done();
    InformationRequest request = access.visible(reference, caller);
    Language language = request.language() == Language.AR ? Language.AR : Language.FR;
    boolean arabic = language == Language.AR;
    String sender = arabic ? request.body().nameAr() : request.body().nameFr();
    String link = settings.publicAddress() + "/request.xhtml?ref=" + request.reference();
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("rtl", arabic);
    parameters.put("sender", sender);
    parameters.put("footer", request.reference());
    List<Map<String, ?>> rows = new ArrayList<>();
    if (which == Kind.DECISION) {
      // The letter as the requester may read it: only once the decision has left the body
      RequestView view = access.view(request, caller);
      if (view.letter() == null) {
        throw new RecordNotFoundException("letterNotAvailable", request.reference());
      }
      String[] lines = view.letter().split("\n", -1);
      parameters.put("title", lines.length > 1 ? lines[1] : request.reference());
      for (int i = 2; i < lines.length; i++) {
        rows.add(Map.of("text", lines[i]));
      }
    } else {
      // The same words as the message that told the requester, with the request's QR code
      Text letter = text(which, request, link, sender, language);
      parameters.put("title", letter.title());
      parameters.put("qr", QrCodes.image(link, 240));
      parameters.put("qrCaption", link);
      for (String paragraph : letter.body().split("\n\n")) {
        rows.add(Map.of("text", paragraph));
      }
    }
    byte[] pdf = Reports.pdf("letter", parameters, rows);
    return new DocumentContent(
        which.name().toLowerCase(Locale.ROOT) + "-" + request.reference() + ".pdf",
        "application/pdf",
        pdf);
  }

  /** A letter's title and body, its paragraphs separated by blank lines. */
  private record Text(String title, String body) {}

  private Text text(
      Kind which, InformationRequest request, String link, String sender, Language language) {
    ResourceBundle mail = ResourceBundle.getBundle(Notifications.BUNDLE, language.locale());
    switch (which) {
      case RECEIPT -> {
        return texts(
            mail,
            "receipt",
            request.reference(),
            link,
            sender,
            DATE.format(request.receivedOn()),
            DATE.format(request.dueDate()));
      }
      case EXTENSION -> {
        if (!request.extended()) {
          throw new RecordNotFoundException("letterNotAvailable", request.reference());
        }
        return texts(
            mail,
            "extension",
            request.reference(),
            link,
            sender,
            DATE.format(request.firstDueDate()),
            DATE.format(request.dueDate()),
            request.extensionExplanation());
      }
      case CLARIFICATION -> {
        List<Clarification> asked = requests.clarifications(request);
        if (asked.isEmpty()) {
          throw new RecordNotFoundException("letterNotAvailable", request.reference());
        }
        Clarification last = asked.get(asked.size() - 1);
        LocalDate askedOn = law.dayOf(last.askedAt());
        LocalDate answerBy = legalCalendar.clock().lastDay(askedOn, settings.clarificationPeriod());
        return texts(
            ResourceBundle.getBundle(DecisionLetters.BUNDLE, language.locale()),
            "clarification",
            request.reference(),
            link,
            sender,
            last.question(),
            DATE.format(answerBy),
            DATE.format(askedOn));
      }
      case HEAD_DECISION -> {
        HeadComplaint complaint =
            complaints
                .headComplaintOf(request)
                .filter(c -> c.decision() != null)
                .orElseThrow(
                    () -> new RecordNotFoundException("letterNotAvailable", request.reference()));
        return texts(
            mail,
            "headDecision." + complaint.decision().name(),
            request.reference(),
            link,
            complaint.reference(),
            complaint.decisionReasons(),
            DATE.format(windows.commissionWindow(complaint).ends()));
      }
      default -> {
        CommissionComplaint complaint =
            complaints
                .liveCommissionComplaintOf(request)
                .filter(c -> c.recommendation() != null)
                .orElseThrow(
                    () -> new RecordNotFoundException("letterNotAvailable", request.reference()));
        return texts(
            mail,
            "commissionRecommendation",
            request.reference(),
            link,
            complaint.reference(),
            complaint.recommendationReasons(),
            DATE.format(windows.courtWindow(complaint).ends()));
      }
    }
  }

  private static Text texts(ResourceBundle bundle, String key, Object... arguments) {
    return new Text(
        format(bundle.getString(key + ".subject"), arguments),
        format(bundle.getString(key + ".body"), arguments));
  }

  private static String format(String pattern, Object[] arguments) {
    return new MessageFormat(pattern).format(arguments);
  }

  private static String upper(String text) {
    return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
  }
}
