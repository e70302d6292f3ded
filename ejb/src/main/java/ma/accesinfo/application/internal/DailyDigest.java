package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
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
 * working days or already overdue. Sent once per officer and day, however often it runs.
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

  @Inject InformationRequestRepository requests;
  @Inject AccountRepository accounts;
  @Inject BodyRepository bodies;
  @Inject Notifications notifications;
  @Inject LegalCalendar legalCalendar;
  @Inject AccessLaw law;
  @Inject Clock clock;
  @Inject Callers callers;

  @Override
  public int sendDailyDigestNow() {
    if (!callers.require().holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
    return queueDailyDigest();
  }

  @Override
  public int queueDailyDigest() {
    LocalDate today = law.dayOf(clock.instant());
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
        notifications.digest(officer, listed, due.getValue(), today);
        officers++;
      }
    }
    return officers;
  }
}
