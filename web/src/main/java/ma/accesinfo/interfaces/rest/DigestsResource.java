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

/** The officers' daily digest, sent at 7:00; an administrator may have it sent now. */
@Path("digests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DigestsResource {

  @Inject DigestService digests;

  @POST
  public Response sendNow() {
    int officers = digests.sendDailyDigestNow();
    return Response.accepted(
            Jsons.createObjectBuilder().add("officers", officers).build().toString())
        .build();
  }
}
