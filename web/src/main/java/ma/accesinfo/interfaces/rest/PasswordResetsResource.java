package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import ma.accesinfo.application.AccountService;
import ma.accesinfo.application.AccountService.PasswordReset;
import ma.accesinfo.application.AccountService.PasswordResetRequest;

/** Forgotten passwords: a code by e-mail, then a new password. */
@Path("password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

  @Inject AccountService accounts;

  /** Always 202, whether or not the address has an account, so that none is revealed. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(PasswordResetRequest request) {
    accounts.requestPasswordReset(Inputs.present(request));
    return Response.accepted().build();
  }

  @POST
  @Path("completion")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(PasswordReset reset) {
    accounts.resetPassword(Inputs.present(reset));
    return Response.noContent().build();
  }
}
