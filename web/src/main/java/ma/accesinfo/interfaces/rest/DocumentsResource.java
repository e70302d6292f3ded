package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.accesinfo.application.DocumentService;
import ma.accesinfo.application.DocumentService.DocumentView;
import ma.accesinfo.application.DocumentService.GateOverride;
import ma.accesinfo.application.DocumentService.Upload;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.Uploads;

/**
 * The documents released with a request's decision. A document is sent as the request body itself,
 * named by the {@code name} query parameter or the {@code Content-Disposition} header; its type is
 * read from its content.
 */
@Path("requests/{reference}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

  private static final Pattern FILENAME =
      Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);

  @Inject DocumentService documents;
  @Inject ProcedureSettings settings;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response attach(
      @PathParam("reference") String reference,
      @QueryParam("name") String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam("Content-Disposition") String disposition,
      InputStream body)
      throws IOException {
    byte[] content = Uploads.readAtMost(body, settings.uploadLimitBytes());
    String fileName = name != null ? name : fileNameIn(disposition);
    DocumentView attached = documents.attach(reference, new Upload(fileName, contentType, content));
    return Response.created(
            UriBuilder.fromPath("requests/{reference}/documents/{id}")
                .build(reference, attached.id()))
        .entity(attached)
        .build();
  }

  @GET
  public List<DocumentView> list(@PathParam("reference") String reference) {
    return documents.listDocuments(reference);
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  public Response content(@PathParam("reference") String reference, @PathParam("id") long id) {
    return Downloads.attachment(documents.findContent(reference, id)).build();
  }

  @POST
  @Path("{id}/override")
  @Consumes(MediaType.APPLICATION_JSON)
  public DocumentView override(
      @PathParam("reference") String reference, @PathParam("id") long id, GateOverride override) {
    return documents.overrideFindings(reference, id, Inputs.present(override));
  }

  @POST
  @Path("{id}/csv")
  public List<DocumentView> convertToCsv(
      @PathParam("reference") String reference, @PathParam("id") long id) {
    return documents.convertToCsv(reference, id);
  }

  @POST
  @Path("{id}/pdf")
  public DocumentView convertToPdf(
      @PathParam("reference") String reference, @PathParam("id") long id) {
    return documents.convertToPdf(reference, id);
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("reference") String reference, @PathParam("id") long id) {
    documents.removeDocument(reference, id);
    return Response.noContent().build();
  }

  private static String fileNameIn(String disposition) {
    if (disposition == null) {
      return null;
    }
    Matcher m = FILENAME.matcher(disposition);
    return m.find() ? java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8) : null;
  }
}
