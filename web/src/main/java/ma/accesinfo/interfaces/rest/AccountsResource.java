package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import ma.accesinfo.application.AccountService;
import ma.accesinfo.application.AccountService.AccountView;
import ma.accesinfo.application.AccountService.Registration;
import ma.accesinfo.application.AccountService.StaffAccount;
import ma.accesinfo.application.AccountService.TokenInput;

/** Accounts: citizens register here; administrators create staff accounts. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject AccountService accounts;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(Registration registration) {
    AccountView created = accounts.registerCitizen(Inputs.present(registration));
    return Response.created(URI.create("accounts/me")).entity(created).build();
  }

  /** The holder of a new account confirms its e-mail address with the code sent there. */
  @POST
  @Path("verification")
  @Consumes(MediaType.APPLICATION_JSON)
  public AccountView verify(TokenInput token) {
    return accounts.verifyEmail(Inputs.present(token));
  }

  @GET
  @Path("me")
  public AccountView me() {
    return accounts.currentAccount();
  }

  @POST
  @Path("staff")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createStaff(StaffAccount account) {
    AccountView created = accounts.createStaffAccount(Inputs.present(account));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }
}
