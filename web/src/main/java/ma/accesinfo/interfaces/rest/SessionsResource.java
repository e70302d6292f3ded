package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.accesinfo.application.SignInService;
import ma.accesinfo.application.SignInService.Confirmation;
import ma.accesinfo.application.SignInService.Credentials;
import ma.accesinfo.application.SignInService.SignIn;

/**
 * Signing in: sessions (a token to send as {@code Authorization: Bearer}) and the set-up of the
 * second factor that staff give at each sign-in.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

  @Inject SignInService signIn;

  @POST
  @Path("sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(SignIn credentials) {
    return Response.status(Response.Status.CREATED)
        .entity(signIn.openSession(Inputs.present(credentials)))
        .build();
  }

  /** Sign-out: the session of the token sent ends. */
  @DELETE
  @Path("sessions/current")
  public Response end(@HeaderParam("Authorization") String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      signIn.endSession(authorization.substring(7));
    }
    return Response.noContent().build();
  }

  /** Step one: a new secret to enter in an authenticator app (or to scan from its link). */
  @POST
  @Path("second-factor")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response begin(Credentials credentials) {
    return Response.status(Response.Status.CREATED)
        .entity(signIn.beginSecondFactor(Inputs.present(credentials)))
        .build();
  }

  /** Step two: a first code from the app proves it holds the secret. */
  @POST
  @Path("second-factor/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirm(Confirmation confirmation) {
    signIn.confirmSecondFactor(Inputs.present(confirmation));
    return Response.noContent().build();
  }
}
