package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import ma.accesinfo.application.AccountService;
import ma.accesinfo.application.AccountService.AccountView;
import ma.accesinfo.application.AccountService.Registration;
import ma.accesinfo.application.AccountService.StaffAccount;
import ma.accesinfo.application.AccountService.TokenInput;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.application.PersonalDataService.Closure;
import ma.accesinfo.application.PersonalDataService.Correction;
import ma.accesinfo.application.PersonalDataService.PersonalDataReport;
import ma.accesinfo.application.SignInService;

/** Accounts: citizens register here; administrators create staff accounts. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject AccountService accounts;
  @Inject SignInService signIn;
  @Inject PersonalDataService personalData;

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

  /** Everything held about the signed-in person, and who opened it (Law 09-08, access). */
  @GET
  @Path("me/personal-data")
  public PersonalDataReport myData() {
    return personalData.myData();
  }

  /** The signed-in person corrects their details (Law 09-08, rectification). */
  @PUT
  @Path("me/personal-data")
  @Consumes(MediaType.APPLICATION_JSON)
  public PersonalDataReport correct(Correction correction) {
    return personalData.correctMyData(Inputs.present(correction));
  }

  /** The signed-in citizen closes their account, confirming with their password. */
  @POST
  @Path("me/closure")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response close(Closure closure) {
    personalData.closeMyAccount(Inputs.present(closure));
    return Response.noContent().build();
  }

  /** An administrator clears a person's second factor (a lost phone), to be set up again. */
  @DELETE
  @Path("{email}/second-factor")
  public Response clearSecondFactor(@PathParam("email") String email) {
    signIn.clearSecondFactor(email);
    return Response.noContent().build();
  }

  @POST
  @Path("staff")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createStaff(StaffAccount account) {
    AccountView created = accounts.createStaffAccount(Inputs.present(account));
    return Response.status(Response.Status.CREATED).entity(created).build();
  }
}
