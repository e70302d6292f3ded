package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
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
import ma.accesinfo.domain.model.request.InformationRequestRepository.FallenOverdue;

/**
 * Sends each officer, once a day, the list of their body's open requests due within the next
 * working days or already overdue (once per officer, body and day, however often it runs); and each
 * head of a body whose requests fell overdue since the heads were last told, the list of the body's
 * requests left without an answer (once per request fallen overdue).
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

  private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

  @Inject InformationRequestRepository requests;
  @Inject AccountRepository accounts;
  @Inject BodyRepository bodies;
  @Inject Notifications notifications;
  @Inject LegalCalendar legalCalendar;
  @Inject AccessLaw law;
  @Inject Clock clock;
  @Inject Callers callers;

  @Override
  public int sendOfficersListsNow() {
    requireAdministrator();
    return queueOfficersLists();
  }

  @Override
  public int sendHeadsListsNow() {
    requireAdministrator();
    return queueHeadsLists();
  }

  private void requireAdministrator() {
    if (!callers.require().holds(Role.ADMIN)) {
      throw new ActionNotAllowedException("administratorsOnly");
    }
  }

  @Override
  public int queueOfficersLists() {
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
        notifications.digest(officer, body, listed, due.getValue(), today);
        officers++;
      }
    }
    return officers;
  }

  /**
   * A head hears once a morning, not once a request: a body whose deadlines pass by the hundred
   * after a long holiday sends its head one list, and nothing on a morning when none fell overdue.
   * The requests are marked told in the transaction that queues the lists: a run that fails, or a
   * morning when no server ran, leaves them for the next run; a body without a head keeps them
   * until it has one. A head of several bodies gets a list for each.
   */
  @Override
  public int queueHeadsLists() {
    LocalDate today = law.dayOf(clock.instant());
    List<FallenOverdue> fallen = requests.fallenOverdueToTell();
    Map<Long, List<FallenOverdue>> openByBody = new TreeMap<>();
    List<Long> told = new ArrayList<>();
    for (FallenOverdue request : fallen) {
      if (request.open()) {
        openByBody.computeIfAbsent(request.bodyId(), b -> new ArrayList<>()).add(request);
      } else {
        told.add(request.id()); // answered since: nothing to tell
      }
    }
    int heads = 0;
    for (Map.Entry<Long, List<FallenOverdue>> news : openByBody.entrySet()) {
      Body body = bodies.find(news.getKey()).orElseThrow();
      List<StaffContact> bodyHeads = accounts.staffOf(body, Role.HEAD);
      if (bodyHeads.isEmpty()) {
        // kept to tell: a head appointed later hears of them in the next list
        LOG.warning(
            "Body "
                + body.code()
                + " has no head to tell of "
                + news.getValue().size()
                + " requests fallen overdue");
        continue;
      }
      news.getValue().forEach(request -> told.add(request.id()));
      List<DueSoon> listed = requests.openOverdue(body.id(), LISTED_PER_BODY);
      long total = requests.countOpenOverdue(body.id());
      // the first request told of names the list: a later run's list is another message
      long first = news.getValue().get(0).id();
      for (StaffContact head : bodyHeads) {
        notifications.headDigest(head, body, listed, news.getValue().size(), total, today, first);
        heads++;
      }
    }
    requests.headsTold(told);
    return heads;
  }
}
