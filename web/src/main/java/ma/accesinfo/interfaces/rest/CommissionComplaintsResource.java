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
import ma.accesinfo.application.RedressService;
import ma.accesinfo.application.RedressService.AdmissibilityInput;
import ma.accesinfo.application.RedressService.AppealInput;
import ma.accesinfo.application.RedressService.CommissionComplaintView;
import ma.accesinfo.application.RedressService.CommissionRegistration;
import ma.accesinfo.application.RedressService.ComplianceInput;
import ma.accesinfo.application.RedressService.ObservationRequestInput;
import ma.accesinfo.application.RedressService.ObservationsInput;
import ma.accesinfo.application.RedressService.RecommendationInput;

/**
 * Complaints to the Commission (Art. 20): registered, ruled admissible, investigated with the
 * body's observations, recommended on, complied with, and appealed to the court (Art. 21).
 */
@Path("commission-complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommissionComplaintsResource {

  @Inject RedressService redress;

  @GET
  public List<CommissionComplaintView> list(@QueryParam("status") String status) {
    return redress.listCommissionComplaints(status);
  }

  /** Commission staff register a complaint received by registered post, e-mail or in person. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(CommissionRegistration registration) {
    CommissionComplaintView registered =
        redress.registerCommissionComplaint(Inputs.present(registration));
    return created(registered);
  }

  @GET
  @Path("{reference}")
  public CommissionComplaintView find(@PathParam("reference") String reference) {
    return redress.findCommissionComplaint(reference);
  }

  @POST
  @Path("{reference}/admissibility")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommissionComplaintView admissibility(
      @PathParam("reference") String reference, AdmissibilityInput admissibility) {
    return redress.decideAdmissibility(reference, Inputs.present(admissibility));
  }

  @POST
  @Path("{reference}/observation-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommissionComplaintView requestObservations(
      @PathParam("reference") String reference, ObservationRequestInput request) {
    return redress.requestObservations(reference, Inputs.present(request));
  }

  @POST
  @Path("{reference}/observations")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommissionComplaintView answerObservations(
      @PathParam("reference") String reference, ObservationsInput observations) {
    return redress.answerObservations(reference, Inputs.present(observations));
  }

  @POST
  @Path("{reference}/recommendation")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommissionComplaintView recommend(
      @PathParam("reference") String reference, RecommendationInput recommendation) {
    return redress.recommend(reference, Inputs.present(recommendation));
  }

  @POST
  @Path("{reference}/compliance")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommissionComplaintView compliance(
      @PathParam("reference") String reference, ComplianceInput compliance) {
    return redress.recordCompliance(reference, Inputs.present(compliance));
  }

  @POST
  @Path("{reference}/appeal")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommissionComplaintView appeal(
      @PathParam("reference") String reference, AppealInput appeal) {
    return redress.recordAppeal(reference, Inputs.present(appeal));
  }

  static Response created(CommissionComplaintView complaint) {
    return Response.created(
            UriBuilder.fromPath("commission-complaints/{reference}").build(complaint.reference()))
        .entity(complaint)
        .build();
  }
}
