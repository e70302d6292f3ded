package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.account.StaffContact;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.HeadComplaint;
import ma.accesinfo.domain.model.notification.Outbox;
import ma.accesinfo.domain.model.notification.OutboxMessage;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.shared.Language;

/**
 * Tells requesters, by e-mail, what the procedure needs them to know: the receipt, an extension
 * before the first period ends (Art. 16), the decision, the end of the period without one. Each
 * message is queued in the outbox in the caller's transaction, in the request's language, once for
 * its key.
 */
@ApplicationScoped
public class Notifications {

  static final String BUNDLE = "ma.accesinfo.application.internal.notifications";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject Outbox outbox;
  @Inject AccountRepository accounts;
  @Inject ProcedureSettings settings;
  @Inject Clock clock;

  /** The numbered receipt of a request (Art. 14). */
  public void receipt(InformationRequest request) {
    send(request, "receipt", request.body(), date(request.receivedOn()), date(request.dueDate()));
  }

  /** The extension, with its reasons and the new last day (Art. 16). */
  public void extension(InformationRequest request) {
    send(
        request,
        "extension",
        request.body(),
        date(request.firstDueDate()),
        date(request.dueDate()),
        request.extensionExplanation());
  }

  /** The decision left the body; its letter is attached as text. */
  public void decision(InformationRequest request, LocalDate complaintWindowEnds) {
    send(request, "decision", request.body(), request.letter(), date(complaintWindowEnds));
  }

  /** The period ended without an answer: the requester may complain to the head (Art. 19). */
  public void overdue(InformationRequest request, LocalDate complaintWindowEnds) {
    send(request, "overdue", request.body(), date(request.dueDate()), date(complaintWindowEnds));
  }

  /** The complaint to the head was received; the head must decide by its due date (Art. 19). */
  public void headComplaintReceived(HeadComplaint complaint) {
    sendFor(
        complaint.request(),
        "head-complaint:" + complaint.reference(),
        "headComplaint",
        complaint.reference(),
        date(complaint.dueDate()));
  }

  /** The head decided the complaint; the Commission may be seized until its window ends. */
  public void headDecided(HeadComplaint complaint, LocalDate commissionWindowEnds) {
    sendFor(
        complaint.request(),
        "head-decision:" + complaint.reference(),
        "headDecision." + complaint.decision().name(),
        complaint.reference(),
        complaint.decisionReasons(),
        date(commissionWindowEnds));
  }

  /** The head did not decide in time: the Commission may be seized (Art. 20). */
  public void headSilent(HeadComplaint complaint, LocalDate commissionWindowEnds) {
    sendFor(
        complaint.request(),
        "head-silent:" + complaint.reference(),
        "headSilent",
        complaint.reference(),
        date(complaint.dueDate()),
        date(commissionWindowEnds));
  }

  /** The Commission received the complaint, with its sequence-numbered receipt. */
  public void commissionComplaintReceived(CommissionComplaint complaint) {
    sendFor(
        complaint.request(),
        "commission-complaint:" + complaint.reference(),
        "commissionComplaint",
        complaint.reference(),
        date(complaint.dueDate()));
  }

  /**
   * The Commission's recommendation, or its ruling of inadmissibility; the court window follows.
   */
  public void commissionAnswered(CommissionComplaint complaint, LocalDate courtWindowEnds) {
    boolean inadmissible = complaint.recommendation() == null;
    sendFor(
        complaint.request(),
        "commission-answer:" + complaint.reference(),
        inadmissible ? "commissionInadmissible" : "commissionRecommendation",
        complaint.reference(),
        inadmissible ? complaint.inadmissibilityReason() : complaint.recommendationReasons(),
        date(courtWindowEnds));
  }

  /** The Commission did not answer in time: the court window is open (Art. 21). */
  public void commissionSilent(CommissionComplaint complaint, LocalDate courtWindowEnds) {
    sendFor(
        complaint.request(),
        "commission-silent:" + complaint.reference(),
        "commissionSilent",
        complaint.reference(),
        date(complaint.dueDate()),
        date(courtWindowEnds));
  }

  /** Warns the body's officers that a request's due date approaches. */
  public void remindOfficers(InformationRequest request, int workingDaysLeft) {
    for (StaffContact officer : accounts.staffOf(request.body(), Role.OFFICER)) {
      sendTo(
          officer,
          "reminder:"
              + request.reference()
              + ":"
              + request.dueDate()
              + ":"
              + workingDaysLeft
              + ":"
              + officer.id(),
          "officersReminder",
          request,
          date(request.dueDate()),
          workingDaysLeft);
    }
  }

  /** Reminds the head of the body that a complaint awaits a decision. */
  public void remindHead(HeadComplaint complaint) {
    for (StaffContact head : accounts.staffOf(complaint.request().body(), Role.HEAD)) {
      sendTo(
          head,
          "head-reminder:" + complaint.reference() + ":" + head.id(),
          "headReminder",
          complaint.request(),
          complaint.reference(),
          date(complaint.dueDate()));
    }
  }

  /**
   * An officer's daily digest of the body's requests due soon or overdue: the listed requests, and
   * how many the body has due in all ({@code total}; those not listed are counted at the end).
   */
  public void digest(
      StaffContact officer,
      Body body,
      List<InformationRequestRepository.DueSoon> listed,
      long total,
      LocalDate day) {
    Language language = languageOf(officer);
    enqueue(
        officer.email(),
        language,
        "digest:" + day + ":" + body.id() + ":" + officer.id(),
        "digest",
        null,
        new Object[] {
          date(day),
          settings.publicAddress(),
          total,
          list(listed, total, language),
          name(body, language)
        });
  }

  /**
   * A head's morning list of the body's requests left without an answer past their period, the
   * latest due first: {@code fallen} of them since the head was last told, {@code total} in all
   * (those not listed are counted at the end). Their requesters may complain to the head (Art. 19).
   * The list is queued once for the first request it tells of ({@code firstFallen}).
   */
  public void headDigest(
      StaffContact head,
      Body body,
      List<InformationRequestRepository.DueSoon> listed,
      long fallen,
      long total,
      LocalDate day,
      long firstFallen) {
    Language language = languageOf(head);
    enqueue(
        head.email(),
        language,
        "head-digest:" + body.id() + ":" + firstFallen + ":" + head.id(),
        "headDigest",
        null,
        new Object[] {
          date(day),
          settings.publicAddress(),
          total,
          list(listed, total, language),
          fallen,
          name(body, language)
        });
  }

  /** The lines of a digest, one a request, and how many more there are. */
  private static String list(
      List<InformationRequestRepository.DueSoon> listed, long total, Language language) {
    StringBuilder list = new StringBuilder();
    for (InformationRequestRepository.DueSoon request : listed) {
      list.append("- ")
          .append(request.reference())
          .append(" (")
          .append(date(request.dueDate()))
          .append(request.overdue() ? ", !" : "")
          .append(") ")
          .append(request.subject())
          .append('\n');
    }
    long more = total - listed.size();
    if (more > 0) {
      list.append(
          format(
              ResourceBundle.getBundle(BUNDLE, language.locale()),
              more == 1 ? "digest.moreOne" : "digest.more",
              new Object[] {more}));
    }
    return list.toString().strip();
  }

  private static Language languageOf(StaffContact staff) {
    return staff.preferredLanguage() == Language.AR ? Language.AR : Language.FR;
  }

  private static String name(Body body, Language language) {
    return language == Language.AR ? body.nameAr() : body.nameFr();
  }

  private void sendTo(
      StaffContact staff, String key, String kind, InformationRequest request, Object... details) {
    queueAbout(staff.email(), languageOf(staff), key, kind, request, details);
  }

  private void send(InformationRequest request, String kind, Object... details) {
    sendFor(request, kind + ":" + request.reference(), kind, details);
  }

  /**
   * Queues a message to the requester about the request, in its language. The arguments of the
   * texts are the request's reference {0} and link {1}, then the details; a body among them is
   * written in the request's language.
   */
  private void sendFor(InformationRequest request, String key, String kind, Object... details) {
    String recipient = request.requesterDetails().email();
    if (recipient != null) {
      queueAbout(recipient, request.language(), key, kind, request, details);
    }
  }

  private void queueAbout(
      String recipient,
      Language language,
      String key,
      String kind,
      InformationRequest request,
      Object... details) {
    Object[] arguments = new Object[details.length + 2];
    arguments[0] = request.reference();
    arguments[1] = settings.publicAddress() + "/api/v1/requests/" + request.reference();
    for (int i = 0; i < details.length; i++) {
      Object detail = details[i];
      arguments[i + 2] = detail instanceof Body body ? name(body, language) : detail;
    }
    enqueue(recipient, language, key, kind, request.id(), arguments);
  }

  /** A code to confirm the e-mail address of a new account. */
  public void emailVerification(Account account, String token) {
    toAccount(account, "email-verification:" + token.substring(0, 12), "emailVerification", token);
  }

  /** A code to choose a new password, valid for a short time. */
  public void passwordReset(Account account, String token) {
    toAccount(account, "password-reset:" + token.substring(0, 12), "passwordReset", token);
  }

  /** Queues a message about the account itself: {0} is the code, {1} the system's address. */
  private void toAccount(Account account, String key, String kind, String token) {
    enqueue(
        account.email(),
        account.preferredLanguage() == Language.AR ? Language.AR : Language.FR,
        key,
        kind,
        null,
        new Object[] {token, settings.publicAddress()});
  }

  private void enqueue(
      String recipient,
      Language language,
      String key,
      String kind,
      Long requestId,
      Object[] arguments) {
    ResourceBundle text = ResourceBundle.getBundle(BUNDLE, language.locale());
    String subject = format(text, kind + ".subject", arguments);
    String body = format(text, kind + ".body", arguments);
    outbox.enqueue(
        new OutboxMessage(
            key,
            requestId,
            recipient,
            language,
            subject,
            body,
            html(language, subject, body),
            clock.instant()));
  }

  private static String format(ResourceBundle text, String key, Object[] arguments) {
    return new MessageFormat(text.getString(key), text.getLocale()).format(arguments);
  }

  private static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** The same text as HTML, laid out right-to-left for Arabic. */
  static String html(Language language, String subject, String body) {
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"")
            .append(language.code())
            .append("\" dir=\"")
            .append(language == Language.AR ? "rtl" : "ltr")
            .append("\"><head><meta charset=\"UTF-8\"><title>")
            .append(escape(subject))
            .append("</title></head><body>");
    for (String paragraph : body.split("\n\n")) {
      html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
    }
    return html.append("</body></html>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
