package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.accesinfo.application.DigestService;
import ma.accesinfo.domain.model.shared.Jsons;

/** The morning's lists for officers and heads, sent at 7:00; an administrator may send them now. */
@Path("digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DigestsResource {

  @Inject DigestService digests;

  @POST
  public Response sendNow() {
    // two transactions: the heads' lists are not undone if the officers' fail, nor the reverse
    int officers = digests.sendOfficersListsNow();
    int heads = digests.sendHeadsListsNow();
    return Response.accepted(
            Jsons.createObjectBuilder()
                .add("officers", officers)
                .add("heads", heads)
                .build()
                .toString())
        .build();
  }
}
