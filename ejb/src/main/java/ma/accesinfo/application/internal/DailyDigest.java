package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.DigestService;
import ma.accesinfo.domain.model.account.AccountRepository;
import ma.accesinfo.domain.model.account.Role;
import ma.accesinfo.domain.model.account.StaffContact;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;

/**
 * Sends each officer, once a day, the list of their body's open requests due within the next
 * working days or already overdue. Sent once per officer and day, however often it runs.
 */
@Stateless
@Interceptors(AuditedCalls.class)
public class DailyDigest implements DigestService {

  /** How many working days ahead the digest looks. */
  static final int WORKING_DAYS_AHEAD = 5;

  static final int LIMIT = 5_000;

  @Inject InformationRequestRepository requests;
  @Inject AccountRepository accounts;
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
    Map<Body, List<InformationRequest>> byBody = new LinkedHashMap<>();
    for (InformationRequest request : requests.openDueBy(horizon, LIMIT)) {
      byBody.computeIfAbsent(request.body(), b -> new java.util.ArrayList<>()).add(request);
    }
    int officers = 0;
    for (Map.Entry<Body, List<InformationRequest>> entry : byBody.entrySet()) {
      for (StaffContact officer : accounts.staffOf(entry.getKey(), Role.OFFICER)) {
        notifications.digest(officer, entry.getValue(), today);
        officers++;
      }
    }
    return officers;
  }
}
