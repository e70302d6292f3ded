package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import ma.accesinfo.application.SingleWindowService;
import ma.accesinfo.application.SingleWindowService.BodySuggestion;
import ma.accesinfo.application.SingleWindowService.NewRoutingRequest;
import ma.accesinfo.application.SingleWindowService.Routing;
import ma.accesinfo.application.SingleWindowService.RoutingView;

/** The single window: requests filed without knowing the body, and their routing. */
@Path("single-window")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SingleWindowResource {

  @Inject SingleWindowService singleWindow;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(NewRoutingRequest request) {
    RoutingView filed = singleWindow.fileToSingleWindow(Inputs.present(request));
    return Response.created(
            UriBuilder.fromPath("single-window/{reference}").build(filed.reference()))
        .entity(filed)
        .build();
  }

  /** The caller's own requests to the single window. */
  @GET
  public List<RoutingView> mine() {
    return singleWindow.listMyRoutingRequests();
  }

  /** The central unit's queue. */
  @GET
  @Path("queue")
  public List<RoutingView> queue() {
    return singleWindow.listRoutingQueue();
  }

  @GET
  @Path("{reference}")
  public RoutingView find(@PathParam("reference") String reference) {
    return singleWindow.findRoutingRequest(reference);
  }

  @GET
  @Path("{reference}/suggestions")
  public List<BodySuggestion> suggestions(@PathParam("reference") String reference) {
    return singleWindow.suggestBodies(reference);
  }

  @POST
  @Path("{reference}/routing")
  @Consumes(MediaType.APPLICATION_JSON)
  public RoutingView route(@PathParam("reference") String reference, Routing routing) {
    return singleWindow.route(reference, Inputs.present(routing));
  }

  @POST
  @Path("{reference}/withdrawal")
  public RoutingView withdraw(@PathParam("reference") String reference) {
    return singleWindow.withdrawRoutingRequest(reference);
  }
}
