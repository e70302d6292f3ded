package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.DigestService;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.account.StaffContact;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.body.BodyRepository;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.InformationRequestRepository.DueSoon;

/**
 * Sends each officer, once a day, the list of their body's open requests due within the next
 * working days or already overdue; and each head of a body whose requests fell overdue since the
 * day before, the list of the body's requests left without an answer. Sent once per person, body
 * and day, however often it runs.
 */
@Stateless
@Interceptors(AuditedCalls.class)
public class DailyDigest implements DigestService {

  /** How many working days ahead the digest looks. */
  static final int WORKING_DAYS_AHEAD = 5;

  /**
   * How many of a body's requests one digest lists (the soonest due first); it tells how many more
   * there are, which the officer's inbox shows. Every body is counted in full: a digest per body,
   * not a cap over all of them, so that at national scale no body's officers go without.
   */
  static final int LISTED_PER_BODY = 100;

  /**
   * How far back a morning looks for requests fallen overdue: a day, and an hour more for a day of
   * 25 hours when the legal time changes (a request listed two mornings running is still open).
   */
  static final Duration FALLEN_OVERDUE_WITHIN = Duration.ofHours(25);

  @Inject InformationRequestRepository requests;
  @Inject AccountRepository accounts;
  @Inject BodyRepository bodies;
  @Inject Notifications notifications;
  @Inject LegalCalendar legalCalendar;
  @Inject AccessLaw law;
  @Inject Clock clock;
  @Inject Callers callers;

  @Override
  public Sent sendDailyDigestNow() {
    if (!callers.require().holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
    return queueDailyDigest();
  }

  @Override
  public Sent queueDailyDigest() {
    Instant now = clock.instant();
    LocalDate today = law.dayOf(now);
    return new Sent(queueOfficersDigests(today), queueHeadsDigests(now, today));
  }

  private int queueOfficersDigests(LocalDate today) {
    LocalDate horizon =
        legalCalendar
            .clock()
            .lastDay(
                today,
                ma.accesinfo.domain.model.calendar.LegalPeriod.workingDays(WORKING_DAYS_AHEAD));
    int officers = 0;
    for (Map.Entry<Long, Long> due : requests.countOpenDueBy(horizon).entrySet()) {
      Body body = bodies.find(due.getKey()).orElseThrow();
      List<StaffContact> bodyOfficers = accounts.staffOf(body, Role.OFFICER);
      if (bodyOfficers.isEmpty()) {
        continue;
      }
      List<DueSoon> listed = requests.openDueBy(body.id(), horizon, LISTED_PER_BODY);
      for (StaffContact officer : bodyOfficers) {
        notifications.digest(officer, body, listed, due.getValue(), today);
        officers++;
      }
    }
    return officers;
  }

  /**
   * A head hears once a morning, not once a request: a body whose deadlines pass by the hundred
   * after a long holiday sends its head one list, and nothing on a morning when none fell overdue.
   */
  private int queueHeadsDigests(Instant now, LocalDate today) {
    int heads = 0;
    for (Map.Entry<Long, Long> fallen :
        requests.countOpenFallenOverdueSince(now.minus(FALLEN_OVERDUE_WITHIN)).entrySet()) {
      Body body = bodies.find(fallen.getKey()).orElseThrow();
      List<StaffContact> bodyHeads = accounts.staffOf(body, Role.HEAD);
      if (bodyHeads.isEmpty()) {
        continue;
      }
      List<DueSoon> listed = requests.openOverdue(body.id(), LISTED_PER_BODY);
      long total = requests.countOpenOverdue(body.id());
      for (StaffContact head : bodyHeads) {
        notifications.headDigest(head, body, listed, fallen.getValue(), total, today);
        heads++;
      }
    }
    return heads;
  }
}
