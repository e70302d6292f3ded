package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import ma.accesinfo.application.RequestService;
import ma.accesinfo.application.RequestService.Decision;
import ma.accesinfo.application.RequestService.EventView;
import ma.accesinfo.application.RequestService.NewRequest;
import ma.accesinfo.application.RequestService.RequestView;

/** Information requests: filed by citizens, answered by the officers of the body. */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestsResource {

  @Inject RequestService requests;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(NewRequest request) {
    RequestView filed = requests.fileRequest(Inputs.present(request));
    return Response.created(UriBuilder.fromPath("requests/{reference}").build(filed.reference()))
        .entity(filed)
        .build();
  }

  @GET
  public List<RequestView> list(@QueryParam("status") String status) {
    return requests.listRequests(status);
  }

  @GET
  @Path("{reference}")
  public RequestView find(@PathParam("reference") String reference) {
    return requests.findRequest(reference);
  }

  @POST
  @Path("{reference}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView decide(@PathParam("reference") String reference, Decision decision) {
    return requests.recordDecision(reference, Inputs.present(decision));
  }

  @GET
  @Path("{reference}/events")
  public List<EventView> events(@PathParam("reference") String reference) {
    return requests.events(reference);
  }
}
