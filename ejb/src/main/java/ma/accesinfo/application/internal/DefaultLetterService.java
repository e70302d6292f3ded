package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.MessageFormat;
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
import ma.accesinfo.domain.model.request.InformationRequest;
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
    DECISION
  }

  @Inject Callers callers;
  @Inject RequestAccess access;
  @Inject ProcedureSettings settings;

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
    ResourceBundle text = ResourceBundle.getBundle(Notifications.BUNDLE, language.locale());
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("rtl", arabic);
    parameters.put("sender", sender);
    parameters.put("footer", request.reference());
    List<Map<String, ?>> rows = new ArrayList<>();
    if (which == Kind.RECEIPT || which == Kind.EXTENSION) {
      if (which == Kind.EXTENSION && !request.extended()) {
        throw new RecordNotFoundException("letterNotAvailable", request.reference());
      }
      // The same words as the e-mail that told the requester, with the request's QR code
      String key = which == Kind.RECEIPT ? "receipt" : "extension";
      Object[] arguments =
          which == Kind.RECEIPT
              ? new Object[] {
                request.reference(),
                link,
                sender,
                DATE.format(request.receivedOn()),
                DATE.format(request.dueDate())
              }
              : new Object[] {
                request.reference(),
                link,
                sender,
                DATE.format(request.firstDueDate()),
                DATE.format(request.dueDate()),
                request.extensionExplanation()
              };
      parameters.put("title", format(text.getString(key + ".subject"), arguments));
      parameters.put("qr", QrCodes.image(link, 240));
      parameters.put("qrCaption", link);
      for (String paragraph : format(text.getString(key + ".body"), arguments).split("\n\n")) {
        rows.add(Map.of("text", paragraph));
      }
    } else {
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
    }
    byte[] pdf = Reports.pdf("letter", parameters, rows);
    return new DocumentContent(
        which.name().toLowerCase(Locale.ROOT) + "-" + request.reference() + ".pdf",
        "application/pdf",
        pdf);
  }

  private static String format(String pattern, Object[] arguments) {
    return new MessageFormat(pattern).format(arguments);
  }

  private static String upper(String text) {
    return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
  }
}
