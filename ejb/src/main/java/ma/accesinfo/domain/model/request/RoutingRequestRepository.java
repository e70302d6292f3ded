package ma.accesinfo.domain.model.request;

import java.util.List;
import java.util.Optional;

/** The requests filed to the single window. */
public interface RoutingRequestRepository {

  void store(RoutingRequest request);

  /** The request, locked against concurrent routing until the transaction ends. */
  Optional<RoutingRequest> findForChange(String reference);

  Optional<RoutingRequest> find(String reference);

  /** The one a body's request came from, if it came through the single window. */
  Optional<RoutingRequest> routedAs(long requestId);

  /** The queue: requests awaiting routing, urgent first, then oldest first. */
  List<RoutingRequest> awaitingRouting(int limit);

  List<RoutingRequest> filedBy(long accountId, int limit);
}
