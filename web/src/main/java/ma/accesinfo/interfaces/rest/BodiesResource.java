package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import ma.accesinfo.application.BodyService;
import ma.accesinfo.application.BodyService.BodyView;
import ma.accesinfo.application.BodyService.NewBody;
import ma.accesinfo.application.CaseworkService;
import ma.accesinfo.application.CaseworkService.Intake;
import ma.accesinfo.application.PublicationService;
import ma.accesinfo.application.PublicationService.Declaration;
import ma.accesinfo.application.PublicationService.PublicationItem;
import ma.accesinfo.application.RequestService.RequestView;

/** The directory of bodies: public to read, kept by administrators. */
@Path("bodies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BodiesResource {

  @Inject BodyService bodies;
  @Inject CaseworkService casework;
  @Inject PublicationService publications;

  /** An officer of the body takes in a request received at the counter, by post or by e-mail. */
  @POST
  @Path("{code}/intake")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response intake(@PathParam("code") String code, Intake intake) {
    RequestView received = casework.intake(code, Inputs.present(intake));
    return Response.created(UriBuilder.fromPath("requests/{reference}").build(received.reference()))
        .entity(received)
        .build();
  }

  /** The body's record of proactive publication (Art. 10): every category of the law. */
  @GET
  @Path("{code}/publications")
  public List<PublicationItem> publications(@PathParam("code") String code) {
    return publications.findPublicationRecord(code);
  }

  /** An officer or the head of the body declares where it stands on one category. */
  @PUT
  @Path("{code}/publications/{category}")
  @Consumes(MediaType.APPLICATION_JSON)
  public PublicationItem declare(
      @PathParam("code") String code,
      @PathParam("category") String category,
      Declaration declaration) {
    return publications.declarePublication(code, category, Inputs.present(declaration));
  }

  @GET
  public List<BodyView> search(@QueryParam("q") String text) {
    return bodies.searchBodies(text);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewBody body) {
    BodyView created = bodies.createBody(Inputs.present(body));
    return Response.created(UriBuilder.fromPath("bodies").queryParam("q", created.code()).build())
        .entity(created)
        .build();
  }
}
