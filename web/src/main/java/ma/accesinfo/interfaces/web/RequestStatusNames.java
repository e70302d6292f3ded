package ma.accesinfo.interfaces.web;

import java.util.Set;

/** The statuses in which a request's procedure is over, as the API names them. */
final class RequestStatusNames {

  static final Set<String> CLOSED = Set.of("ANSWERED", "FORWARDED", "WITHDRAWN");

  private RequestStatusNames() {}
}
