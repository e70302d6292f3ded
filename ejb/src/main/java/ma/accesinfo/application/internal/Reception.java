package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import ma.accesinfo.application.RequestWorkflow;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.Channel;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.Receipt;
import ma.accesinfo.domain.model.request.RequestContent;
import ma.accesinfo.domain.model.request.RequestEvent;
import ma.accesinfo.domain.model.request.RequesterDetails;
import ma.accesinfo.domain.model.shared.Jsons;
import ma.accesinfo.domain.model.shared.ReferenceNumbers;

/**
 * Receives a request, whatever its channel: numbers it, dates its receipt, computes its due date,
 * starts its procedure and writes the first event, all in the caller's transaction.
 */
@ApplicationScoped
public class Reception {

  @Inject InformationRequestRepository requests;
  @Inject RequestWorkflow workflow;
  @Inject LegalCalendar legalCalendar;
  @Inject Reminders reminders;
  @Inject AccessLaw law;
  @Inject ReferenceNumbers references;
  @Inject Notifications notifications;

  /** What is received, by whom, and how. */
  public record Arrival(
      Body body,
      Account requesterAccount,
      RequesterDetails requester,
      RequestContent content,
      Channel channel,
      Instant receivedAt,
      LocalDate receivedOn,
      Account actor,
      EventType event) {}

  // The actor is the person who received the request (the citizen online, the officer at the
  // counter), or null when the system passed it on from another body.

  public InformationRequest receive(Arrival arrival, Instant now) {
    LegalClock clock = legalCalendar.clock();
    LocalDate dueDate =
        clock.lastDay(arrival.receivedOn(), law.replyPeriod(arrival.content().urgent()));
    InformationRequest request =
        new InformationRequest(
            references.next(ReferenceNumbers.REQUEST, arrival.receivedOn().getYear()),
            arrival.body(),
            arrival.requesterAccount(),
            arrival.requester(),
            arrival.content(),
            arrival.channel(),
            new Receipt(arrival.receivedAt(), arrival.receivedOn(), dueDate));
    if (arrival.actor() != null
        && arrival.channel() != Channel.ONLINE
        && arrival.channel() != Channel.FORWARDED) {
      request.receivedBy(arrival.actor());
    }
    requests.store(request);
    request.attachProcess(
        workflow.startProcedure(
            request, legalCalendar.endOf(dueDate), reminders.next(request, clock, now)));
    JsonObjectBuilder context =
        Jsons.createObjectBuilder()
            .add("channel", arrival.channel().name())
            .add("receivedOn", arrival.receivedOn().toString())
            .add("dueDate", dueDate.toString())
            .add("urgent", arrival.content().urgent())
            .add(
                "period",
                law.replyPeriod(arrival.content().urgent()).length()
                    + " "
                    + law.replyPeriod(arrival.content().urgent()).unit());
    requests.append(
        new RequestEvent(
            request,
            now,
            arrival.actor() == null ? null : arrival.actor().id(),
            arrival.event(),
            context.build().toString()));
    notifications.receipt(request);
    return request;
  }
}
