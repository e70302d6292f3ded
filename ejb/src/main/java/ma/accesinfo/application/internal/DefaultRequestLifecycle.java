package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Instant;
import ma.accesinfo.application.RequestLifecycle;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.request.RequestEvent;

@Stateless
public class DefaultRequestLifecycle implements RequestLifecycle {

  @Inject InformationRequestRepository requests;
  @Inject Clock clock;

  @Override
  public void releaseDecision(long requestId) {
    InformationRequest request = load(requestId);
    Instant now = clock.instant();
    request.releaseDecision(now);
    requests.append(
        new RequestEvent(
            request,
            now,
            null,
            EventType.DECISION_RELEASED,
            Json.createObjectBuilder()
                .add("resolution", request.resolution().name())
                .build()
                .toString()));
  }

  @Override
  public void markOverdue(long requestId) {
    InformationRequest request = load(requestId);
    Instant now = clock.instant();
    if (request.markOverdue(now)) {
      requests.append(
          new RequestEvent(
              request,
              now,
              null,
              EventType.REQUEST_OVERDUE,
              Json.createObjectBuilder()
                  .add("dueDate", request.dueDate().toString())
                  .build()
                  .toString()));
    }
  }

  private InformationRequest load(long requestId) {
    return requests
        .findForChange(requestId)
        .orElseThrow(() -> new IllegalStateException("no request with id " + requestId));
  }
}
