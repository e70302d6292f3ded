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
import ma.accesinfo.application.CaseworkService;
import ma.accesinfo.application.CaseworkService.ClarificationQuestion;
import ma.accesinfo.application.CaseworkService.Consultation;
import ma.accesinfo.application.CaseworkService.ConsultationAnswer;
import ma.accesinfo.application.CaseworkService.Decision;
import ma.accesinfo.application.CaseworkService.Extension;
import ma.accesinfo.application.CaseworkService.Forwarding;
import ma.accesinfo.application.CaseworkService.Review;
import ma.accesinfo.application.CaseworkService.UrgencyDecline;
import ma.accesinfo.application.LetterService;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.application.RedressService;
import ma.accesinfo.application.RedressService.ComplaintText;
import ma.accesinfo.application.RedressService.HeadComplaintView;
import ma.accesinfo.application.RequestService;
import ma.accesinfo.application.RequestService.ClarificationAnswer;
import ma.accesinfo.application.RequestService.ClockView;
import ma.accesinfo.application.RequestService.EventView;
import ma.accesinfo.application.RequestService.NewRequest;
import ma.accesinfo.application.RequestService.RequestView;
import ma.accesinfo.application.SingleWindowService;

/** Information requests: filed by citizens, answered by the officers of the body. */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestsResource {

  @Inject PersonalDataService personalData;
  @Inject RequestService requests;
  @Inject CaseworkService casework;
  @Inject RedressService redress;
  @Inject SingleWindowService singleWindow;
  @Inject LetterService letters;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(NewRequest request) {
    RequestView filed = requests.fileRequest(Inputs.present(request));
    return Response.created(UriBuilder.fromPath("requests/{reference}").build(filed.reference()))
        .entity(filed)
        .build();
  }

  @GET
  public List<RequestView> list(
      @QueryParam("status") String status, @QueryParam("q") String search) {
    return requests.listRequests(status, search);
  }

  /** How pressing the running requests of the caller's bodies are (staff). */
  @GET
  @Path("deadlines")
  public RequestService.Deadlines deadlines() {
    return requests.deadlines();
  }

  @GET
  @Path("{reference}")
  public RequestView find(@PathParam("reference") String reference) {
    return requests.findRequest(reference);
  }

  /** A letter of the request as PDF: {@code receipt} or {@code decision}. */
  @GET
  @Path("{reference}/letters/{kind}")
  @Produces(MediaType.WILDCARD)
  public Response letter(@PathParam("reference") String reference, @PathParam("kind") String kind) {
    return Downloads.attachment(letters.findLetter(reference, kind)).build();
  }

  /** How the request reached its body when it came through the single window (else no content). */
  @GET
  @Path("{reference}/origin")
  public Response origin(@PathParam("reference") String reference) {
    SingleWindowService.RoutingView origin = singleWindow.findRoutingOrigin(reference);
    return origin == null ? Response.noContent().build() : Response.ok(origin).build();
  }

  @POST
  @Path("{reference}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView decide(@PathParam("reference") String reference, Decision decision) {
    return casework.recordDecision(reference, Inputs.present(decision));
  }

  @POST
  @Path("{reference}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView review(@PathParam("reference") String reference, Review review) {
    return casework.review(reference, Inputs.present(review));
  }

  @POST
  @Path("{reference}/extension")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView extend(@PathParam("reference") String reference, Extension extension) {
    return casework.extend(reference, Inputs.present(extension));
  }

  @POST
  @Path("{reference}/urgency-decline")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView declineUrgency(
      @PathParam("reference") String reference, UrgencyDecline decline) {
    return casework.declineUrgency(reference, Inputs.present(decline));
  }

  @POST
  @Path("{reference}/clarification")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView askClarification(
      @PathParam("reference") String reference, ClarificationQuestion question) {
    return casework.askClarification(reference, Inputs.present(question));
  }

  @POST
  @Path("{reference}/clarification-answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView answerClarification(
      @PathParam("reference") String reference, ClarificationAnswer answer) {
    return requests.answerClarification(reference, Inputs.present(answer));
  }

  @POST
  @Path("{reference}/third-party-consultations")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response consultThirdParty(
      @PathParam("reference") String reference, Consultation consultation) {
    return Response.status(Response.Status.CREATED)
        .entity(casework.consultThirdParty(reference, Inputs.present(consultation)))
        .build();
  }

  @POST
  @Path("{reference}/third-party-consultations/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView recordThirdPartyAnswer(
      @PathParam("reference") String reference, ConsultationAnswer answer) {
    return casework.recordThirdPartyAnswer(reference, Inputs.present(answer));
  }

  @POST
  @Path("{reference}/forward")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestView forward(@PathParam("reference") String reference, Forwarding forwarding) {
    return casework.forward(reference, Inputs.present(forwarding));
  }

  @POST
  @Path("{reference}/withdrawal")
  public RequestView withdraw(@PathParam("reference") String reference) {
    return requests.withdraw(reference);
  }

  /** The requester complains to the head of the body (Art. 19). */
  @POST
  @Path("{reference}/complaints")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complainToHead(
      @PathParam("reference") String reference, ComplaintText complaint) {
    HeadComplaintView filed = redress.complainToHead(reference, Inputs.present(complaint));
    return Response.created(UriBuilder.fromPath("complaints/{reference}").build(filed.reference()))
        .entity(filed)
        .build();
  }

  /** The requester complains to the Commission (Art. 20). */
  @POST
  @Path("{reference}/commission-complaints")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complainToCommission(
      @PathParam("reference") String reference, ComplaintText complaint) {
    return CommissionComplaintsResource.created(
        redress.complainToCommission(reference, Inputs.present(complaint)));
  }

  @GET
  @Path("{reference}/clock")
  public ClockView clock(@PathParam("reference") String reference) {
    return requests.clock(reference);
  }

  /**
   * The requester's identity, address and e-mail: for the staff handling the request, who say why
   * (each opening is recorded), and for the requester.
   */
  @GET
  @Path("{reference}/requester")
  public PersonalDataService.RequesterData requester(
      @PathParam("reference") String reference,
      @QueryParam("purpose") String purpose,
      @QueryParam("note") String note) {
    return personalData.requesterOf(reference, purpose, note);
  }

  @GET
  @Path("{reference}/events")
  public List<EventView> events(@PathParam("reference") String reference) {
    return requests.events(reference);
  }
}
