package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ma.accesinfo.application.OpennessService;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.domain.model.openness.RefusalRegister.Check;
import ma.accesinfo.domain.model.openness.RefusalRegister.Entry;

/** What anyone may read, signed in or not: the public register of refusals, as JSON or CSV. */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

  @Inject OpennessService openness;
  @Inject ProcedureSettings settings;

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

  /**
   * The open-data catalogue in DCAT-AP (JSON-LD), which CKAN's DCAT harvester (data.gov.ma) reads:
   * each dataset with its licence and its JSON and CSV distributions.
   */
  @GET
  @Path("catalogue")
  @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
  public Response catalogue() {
    String base = settings.publicAddress() + "/api/v1/public";
    String licence = settings.openDataLicence();
    jakarta.json.JsonObject register =
        Json.createObjectBuilder()
            .add("@id", base + "/refusals")
            .add("@type", "dcat:Dataset")
            .add("dct:identifier", "refusal-register")
            .add(
                "dct:title",
                texts(
                    "السجل العمومي لقرارات رفض طلبات الحصول على المعلومات",
                    "Registre public des refus de communication d’informations"))
            .add(
                "dct:description",
                texts(
                    "كل رفض أو قبول جزئي مع سببه والاستثناءات المحتج بها وتعليلها، وقرارات رئيس"
                        + " المؤسسة واللجنة بشأنه، دون هوية مقدمي الطلبات.",
                    "Chaque refus et accord partiel avec son motif, les exceptions invoquées et leur"
                        + " justification, puis les décisions du chef de l’organisme et de la"
                        + " Commission, sans l’identité des demandeurs."))
            .add("dct:license", Json.createObjectBuilder().add("@id", licence))
            .add("dct:accrualPeriodicity", Json.createObjectBuilder().add("@id", FREQUENCY))
            .add(
                "dcat:keyword",
                Json.createArrayBuilder().add("access to information").add("refusals").add("31-13"))
            .add(
                "dcat:distribution",
                Json.createArrayBuilder()
                    .add(distribution(base + "/refusals", "application/json", "JSON", licence))
                    .add(distribution(base + "/refusals?format=csv", "text/csv", "CSV", licence)))
            .build();
    jakarta.json.JsonObject catalogue =
        Json.createObjectBuilder()
            .add(
                "@context",
                Json.createObjectBuilder()
                    .add("dcat", "http://www.w3.org/ns/dcat#")
                    .add("dct", "http://purl.org/dc/terms/")
                    .add("foaf", "http://xmlns.com/foaf/0.1/"))
            .add("@id", base + "/catalogue")
            .add("@type", "dcat:Catalog")
            .add(
                "dct:title",
                texts(
                    "البيانات المفتوحة للحق في الحصول على المعلومات",
                    "Données ouvertes du droit d’accès à l’information"))
            .add("dct:license", Json.createObjectBuilder().add("@id", licence))
            .add(
                "dct:publisher",
                Json.createObjectBuilder()
                    .add("@type", "foaf:Organization")
                    .add("foaf:name", "Commission du droit d’accès à l’information"))
            .add("dcat:dataset", Json.createArrayBuilder().add(register))
            .build();
    return Response.ok(catalogue.toString(), "application/ld+json; charset=UTF-8").build();
  }

  private static final String FREQUENCY =
      "http://publications.europa.eu/resource/authority/frequency/CONT";

  private static jakarta.json.JsonArray texts(String arabic, String french) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("@value", arabic).add("@language", "ar"))
        .add(Json.createObjectBuilder().add("@value", french).add("@language", "fr"))
        .build();
  }

  private static jakarta.json.JsonObject distribution(
      String url, String mediaType, String format, String licence) {
    return Json.createObjectBuilder()
        .add("@type", "dcat:Distribution")
        .add("dcat:accessURL", Json.createObjectBuilder().add("@id", url))
        .add("dcat:downloadURL", Json.createObjectBuilder().add("@id", url))
        .add("dcat:mediaType", mediaType)
        .add("dct:format", format)
        .add("dct:license", Json.createObjectBuilder().add("@id", licence))
        .build();
  }

  /** Recomputes the register's hash chain: anyone can check that no entry was changed. */
  @GET
  @Path("refusals/verification")
  public Check verifyRefusals() {
    return openness.verifyRefusals();
  }
}
