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
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import ma.accesinfo.application.AnnualReportService;
import ma.accesinfo.application.AnnualReportService.IssueRequest;
import ma.accesinfo.application.AnnualReportService.ReportIssue;
import ma.accesinfo.application.DocumentService.DocumentContent;
import ma.accesinfo.domain.model.shared.Sha256;

/**
 * Annual transparency reports: issued by the Commission (national) or a body's staff (their body),
 * made in the background, then public, each file downloadable exactly as issued with its checksum.
 */
@Path("annual-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportsResource {

  @Inject AnnualReportService reports;

  /** Starts the making of a report: 202, with where to follow its progress. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issue(IssueRequest request) {
    ReportIssue issue = reports.issueAnnualReport(Inputs.present(request));
    return Response.accepted(issue)
        .location(UriBuilder.fromPath("annual-reports/{id}").build(issue.id()))
        .build();
  }

  @GET
  public List<ReportIssue> list(@QueryParam("year") String year, @QueryParam("body") String body) {
    return reports.listAnnualReports(year, body);
  }

  @GET
  @Path("{id}")
  public ReportIssue find(@PathParam("id") String id) {
    return reports.findAnnualReport(id);
  }

  /**
   * A file of an issued report, with its SHA-256 as an RFC 9530 digest and as the entity tag: it
   * never changes.
   */
  @GET
  @Path("{id}/files/{name}")
  @Produces(MediaType.WILDCARD)
  public Response file(@PathParam("id") String id, @PathParam("name") String name) {
    DocumentContent file = reports.findAnnualReportFile(id, name);
    String sha256 = Sha256.hex(file.content());
    return Downloads.attachment(file)
        .header(
            "Repr-Digest",
            "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":")
        .header("ETag", "\"" + sha256 + "\"")
        .header("Cache-Control", "public, max-age=31536000, immutable")
        .build();
  }
}
