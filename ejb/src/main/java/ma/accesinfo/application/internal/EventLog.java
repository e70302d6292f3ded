package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestEvent;

/** Writes what happened to a request, and to its complaints, on the request's event log. */
@ApplicationScoped
public class EventLog {

  @Inject InformationRequestRepository requests;
  @Inject Clock clock;

  /**
   * @param actor who acted, or null when the procedure acted by itself (a timer, say)
   */
  public void record(
      InformationRequest request, Account actor, EventType type, JsonObjectBuilder context) {
    requests.append(
        new RequestEvent(
            request,
            clock.instant(),
            actor == null ? null : actor.id(),
            type,
            context.build().toString()));
  }
}
