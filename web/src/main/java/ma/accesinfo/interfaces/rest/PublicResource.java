package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ma.accesinfo.application.OpennessService;
import ma.accesinfo.domain.model.openness.RefusalRegister.Check;
import ma.accesinfo.domain.model.openness.RefusalRegister.Entry;

/** What anyone may read, signed in or not: the public register of refusals, as JSON or CSV. */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

  @Inject OpennessService openness;

  @GET
  @Path("refusals")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response refusals(
      @QueryParam("body") String body,
      @QueryParam("exemption") String exemption,
      @QueryParam("year") String year,
      @QueryParam("outcome") String outcome,
      @QueryParam("format") String format) {
    List<Entry> entries = openness.refusals(body, exemption, year, outcome);
    if (!"csv".equalsIgnoreCase(format)) {
      return Response.ok(entries, MediaType.APPLICATION_JSON).build();
    }
    StringBuilder csv =
        new StringBuilder(
            "seq,entered_at,kind,body,decided_on,resolution,refusal_ground,exemptions,"
                + "public_justification,outcome,refers_to,previous_hash,hash\r\n");
    for (Entry e : entries) {
      csv.append(e.seq())
          .append(',')
          .append(e.enteredAt())
          .append(',')
          .append(e.kind())
          .append(',')
          .append(Csv.field(e.bodyCode()))
          .append(',')
          .append(e.decidedOn())
          .append(',')
          .append(Csv.field(e.resolution()))
          .append(',')
          .append(Csv.field(e.refusalGround()))
          .append(',')
          .append(Csv.field(String.join(" ", e.exemptions())))
          .append(',')
          .append(Csv.field(e.publicJustification()))
          .append(',')
          .append(Csv.field(e.outcome()))
          .append(',')
          .append(e.refersTo() == null ? "" : e.refersTo())
          .append(',')
          .append(e.previousHash())
          .append(',')
          .append(e.hash())
          .append("\r\n");
    }
    return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"refusal-register.csv\"")
        .build();
  }

  /** Recomputes the register's hash chain: anyone can check that no entry was changed. */
  @GET
  @Path("refusals/verification")
  public Check verifyRefusals() {
    return openness.verifyRefusals();
  }
}
