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
import ma.accesinfo.application.RedressService;
import ma.accesinfo.application.RedressService.HeadComplaintRegistration;
import ma.accesinfo.application.RedressService.HeadComplaintView;
import ma.accesinfo.application.RedressService.HeadDecisionInput;
import ma.accesinfo.application.RedressService.ReleaseInput;

/** Complaints to the head of the body (Art. 19): decided by the head, released by the officers. */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

  @Inject RedressService redress;

  @GET
  public List<HeadComplaintView> list() {
    return redress.listHeadComplaints();
  }

  /** A body's officer or head registers a complaint to the head received on paper. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(HeadComplaintRegistration registration) {
    HeadComplaintView registered = redress.registerHeadComplaint(Inputs.present(registration));
    return Response.created(
            UriBuilder.fromPath("complaints/{reference}").build(registered.reference()))
        .entity(registered)
        .build();
  }

  @GET
  @Path("{reference}")
  public HeadComplaintView find(@PathParam("reference") String reference) {
    return redress.findHeadComplaint(reference);
  }

  @POST
  @Path("{reference}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public HeadComplaintView decide(
      @PathParam("reference") String reference, HeadDecisionInput decision) {
    return redress.decideHeadComplaint(reference, Inputs.present(decision));
  }

  @POST
  @Path("{reference}/release")
  @Consumes(MediaType.APPLICATION_JSON)
  public HeadComplaintView release(@PathParam("reference") String reference, ReleaseInput release) {
    return redress.recordRelease(reference, Inputs.present(release));
  }
}
