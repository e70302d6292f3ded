package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import ma.accesinfo.application.OpennessService;
import ma.accesinfo.application.OpennessService.DisclosurePage;
import ma.accesinfo.application.OpennessService.DisclosureView;
import ma.accesinfo.application.ProcedureSettings;
import ma.accesinfo.application.PublicationService;
import ma.accesinfo.application.StatisticsService;
import ma.accesinfo.domain.model.openness.DisclosureLog;
import ma.accesinfo.domain.model.openness.RefusalRegister.Check;
import ma.accesinfo.domain.model.openness.RefusalRegister.Entry;
import ma.accesinfo.domain.model.shared.Jsons;
import ma.accesinfo.domain.model.statistics.Statistics.BodyFigures;

/** What anyone may read, signed in or not: the public register of refusals, as JSON or CSV. */
@Path("public")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

  @Inject OpennessService openness;
  @Inject PublicationService publications;
  @Inject StatisticsService statistics;
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
    return Csv.download(csv, "refusal-register.csv");
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
        dataset(
            base + "/refusals",
            "refusal-register",
            texts(
                "السجل العمومي لقرارات رفض طلبات الحصول على المعلومات",
                "Registre public des refus de communication d’informations"),
            texts(
                "كل رفض أو قبول جزئي مع سببه والاستثناءات المحتج بها وتعليلها، وقرارات رئيس"
                    + " المؤسسة واللجنة بشأنه، دون هوية مقدمي الطلبات.",
                "Chaque refus et accord partiel avec son motif, les exceptions invoquées et leur"
                    + " justification, puis les décisions du chef de l’organisme et de la"
                    + " Commission, sans l’identité des demandeurs."),
            List.of("access to information", "refusals", "31-13"),
            base + "/refusals",
            base + "/refusals?format=csv",
            licence);
    jakarta.json.JsonObject disclosures =
        dataset(
            base + "/disclosures",
            "disclosure-log",
            texts("سجل المعلومات المسلَّمة", "Registre des informations communiquées"),
            texts(
                "الأجوبة التي سلمتها المؤسسات مع وثائقها، بأسماء مستعارة للطالبين ودون معطيات"
                    + " شخصية.",
                "Les réponses communiquées par les organismes, avec leurs documents, les"
                    + " demandeurs sous pseudonyme et sans données personnelles."),
            List.of("access to information", "disclosure log", "31-13"),
            base + "/disclosures/export?format=json",
            base + "/disclosures/export?format=csv",
            licence);
    jakarta.json.JsonObject catalogue =
        Jsons.createObjectBuilder()
            .add(
                "@context",
                Jsons.createObjectBuilder()
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
            .add("dct:license", Jsons.createObjectBuilder().add("@id", licence))
            .add(
                "dct:publisher",
                Jsons.createObjectBuilder()
                    .add("@type", "foaf:Organization")
                    .add("foaf:name", "Commission du droit d’accès à l’information"))
            .add(
                "dcat:dataset",
                Jsons.createArrayBuilder()
                    .add(register)
                    .add(disclosures)
                    .add(
                        dataset(
                            base + "/statistics/bodies",
                            "statistics",
                            texts(
                                "إحصائيات الحق في الحصول على المعلومات حسب المؤسسة",
                                "Statistiques du droit d’accès à l’information par organisme"),
                            texts(
                                "الطلبات الواردة والمجاب عنها وفي الأجل والمرفوضة والمعلقة، ووسيط"
                                    + " مدة الجواب بأيام العمل، لكل مؤسسة وسنة.",
                                "Demandes reçues, répondues, dans les délais, refusées et en"
                                    + " attente, et durée médiane de réponse en jours ouvrables, par"
                                    + " organisme et par année."),
                            List.of("access to information", "statistics", "31-13"),
                            base + "/statistics/bodies",
                            base + "/statistics/bodies?format=csv",
                            licence))
                    .add(
                        dataset(
                            base + "/publications",
                            "proactive-publication",
                            texts(
                                "سجلات النشر الاستباقي للمؤسسات (المادة 10)",
                                "Registres de publication proactive des organismes (art. 10)"),
                            texts(
                                "ما تنشره كل مؤسسة من تلقاء نفسها، فئة فئة كما حددتها المادة 10،"
                                    + " مع الروابط وتاريخ آخر تحيين.",
                                "Ce que chaque organisme publie de lui-même, catégorie par"
                                    + " catégorie de l’article 10, avec les liens et la date de"
                                    + " dernière mise à jour."),
                            List.of("access to information", "proactive publication", "31-13"),
                            base + "/publications",
                            base + "/publications?format=csv",
                            licence)))
            .build();
    return Response.ok(catalogue.toString(), "application/ld+json; charset=UTF-8").build();
  }

  private static final String FREQUENCY =
      "http://publications.europa.eu/resource/authority/frequency/CONT";

  private static jakarta.json.JsonArray texts(String arabic, String french) {
    return Jsons.createArrayBuilder()
        .add(Jsons.createObjectBuilder().add("@value", arabic).add("@language", "ar"))
        .add(Jsons.createObjectBuilder().add("@value", french).add("@language", "fr"))
        .build();
  }

  private static jakarta.json.JsonObject dataset(
      String id,
      String identifier,
      jakarta.json.JsonArray title,
      jakarta.json.JsonArray description,
      List<String> keywords,
      String jsonUrl,
      String csvUrl,
      String licence) {
    var words = Jsons.createArrayBuilder();
    keywords.forEach(words::add);
    return Jsons.createObjectBuilder()
        .add("@id", id)
        .add("@type", "dcat:Dataset")
        .add("dct:identifier", identifier)
        .add("dct:title", title)
        .add("dct:description", description)
        .add("dct:license", Jsons.createObjectBuilder().add("@id", licence))
        .add("dct:accrualPeriodicity", Jsons.createObjectBuilder().add("@id", FREQUENCY))
        .add("dcat:keyword", words)
        .add(
            "dcat:distribution",
            Jsons.createArrayBuilder()
                .add(distribution(jsonUrl, "application/json", "JSON", licence))
                .add(distribution(csvUrl, "text/csv", "CSV", licence)))
        .build();
  }

  private static jakarta.json.JsonObject distribution(
      String url, String mediaType, String format, String licence) {
    return Jsons.createObjectBuilder()
        .add("@type", "dcat:Distribution")
        .add("dcat:accessURL", Jsons.createObjectBuilder().add("@id", url))
        .add("dcat:downloadURL", Jsons.createObjectBuilder().add("@id", url))
        .add("dcat:mediaType", mediaType)
        .add("dct:format", format)
        .add("dct:license", Jsons.createObjectBuilder().add("@id", licence))
        .build();
  }

  /**
   * The disclosure log, searched: entries ranked by relevance to the words {@code q} (Arabic or
   * French), else newest first, a page at a time.
   */
  @GET
  @Path("disclosures")
  public DisclosurePage disclosures(
      @QueryParam("q") String words,
      @QueryParam("body") String body,
      @QueryParam("year") String year,
      @QueryParam("page") String page) {
    return openness.disclosures(words, body, year, page);
  }

  /** The whole disclosure log (or a body's, or a year's) as open data, in CSV or JSON. */
  @GET
  @Path("disclosures/export")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  public Response exportDisclosures(
      @QueryParam("body") String body,
      @QueryParam("year") String year,
      @QueryParam("format") String format) {
    boolean csv = !"json".equalsIgnoreCase(format);
    // The filter is checked before the first byte leaves, so that a bad one is a clear 400
    openness.checkDisclosureExport(body, year);
    PartedExport.Parts<DisclosureLog.Entry> parts =
        (after, sink) -> openness.exportDisclosures(body, year, after, sink);
    StreamingOutput output =
        csv
            ? PartedExport.csv(DISCLOSURE_CSV_HEADER, parts, PublicResource::disclosureCsv)
            : PartedExport.json(parts, e -> disclosureJson(e).toString());
    return Response.ok(output, csv ? "text/csv; charset=UTF-8" : "application/json")
        .header(
            "Content-Disposition",
            "attachment; filename=\"disclosure-log." + (csv ? "csv" : "json") + "\"")
        .header("Link", "<" + settings.openDataLicence() + ">; rel=\"license\"")
        .build();
  }

  @GET
  @Path("disclosures/{id}")
  public DisclosureView disclosure(@PathParam("id") long id) {
    return openness.findDisclosure(id);
  }

  @GET
  @Path("disclosures/{id}/documents/{document}/content")
  @Produces(MediaType.WILDCARD)
  public Response disclosedDocument(
      @PathParam("id") long id, @PathParam("document") long document) {
    return Downloads.attachment(openness.findDisclosedDocument(id, document))
        .header("Link", "<" + settings.openDataLicence() + ">; rel=\"license\"")
        .build();
  }

  /**
   * What is already published that may answer a request being written: released answers sharing its
   * words. The filing form asks before the request is sent.
   */
  @GET
  @Path("suggestions")
  public List<DisclosureLog.Entry> suggestions(@QueryParam("q") String text) {
    return openness.suggestions(text);
  }

  /**
   * Every body's record of proactive publication (Art. 10), one row per body and category, as open
   * data.
   */
  @GET
  @Path("publications")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response publicationRecords(@QueryParam("format") String format) {
    List<PublicationService.BodyRecord> records = publications.listPublicationRecords();
    if (!"csv".equalsIgnoreCase(format)) {
      return Response.ok(records, MediaType.APPLICATION_JSON).build();
    }
    StringBuilder csv =
        new StringBuilder("body,category,status,url,last_updated,note,declared_at\r\n");
    for (PublicationService.BodyRecord record : records) {
      for (PublicationService.PublicationItem item : record.items()) {
        csv.append(Csv.field(record.bodyCode()))
            .append(',')
            .append(item.category())
            .append(',')
            .append(item.status())
            .append(',')
            .append(Csv.field(item.url()))
            .append(',')
            .append(item.lastUpdated() == null ? "" : item.lastUpdated())
            .append(',')
            .append(Csv.field(item.note()))
            .append(',')
            .append(item.declaredAt() == null ? "" : item.declaredAt())
            .append("\r\n");
      }
    }
    return Csv.download(csv, "proactive-publication.csv");
  }

  /** A year's figures, national or for one body: JSON, or CSV as one figure a line. */
  @GET
  @Path("statistics")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response statistics(
      @QueryParam("year") String year,
      @QueryParam("body") String body,
      @QueryParam("format") String format) {
    StatisticsService.YearFigures found = statistics.findStatistics(year, body);
    if (!"csv".equalsIgnoreCase(format)) {
      return Response.ok(found, MediaType.APPLICATION_JSON).build();
    }
    var f = found.figures();
    StringBuilder csv = new StringBuilder("figure,value\r\n");
    java.util.function.BiConsumer<String, Object> line =
        (name, value) ->
            csv.append(name).append(',').append(value == null ? "" : value).append("\r\n");
    line.accept("year", f.year());
    line.accept("body", found.bodyCode());
    line.accept("received", f.received());
    line.accept("received_urgent", f.receivedUrgent());
    line.accept("closed", f.closed());
    line.accept("pending_at_start", f.pendingAtStart());
    line.accept("pending_at_end", f.pendingAtEnd());
    f.byChannel().forEach((k, v) -> line.accept("channel_" + k, v));
    f.outcomes().forEach((k, v) -> line.accept("outcome_" + k, v));
    line.accept("answered", f.answered());
    line.accept("answered_on_time", f.answeredOnTime());
    line.accept("median_working_days", f.medianDays());
    line.accept("mean_working_days", f.meanDays());
    line.accept("fewest_working_days", f.fewestDays());
    line.accept("most_working_days", f.mostDays());
    f.bands().forEach((k, v) -> line.accept("answered_in_" + k + "_working_days", v));
    line.accept("extended", f.extended());
    return Csv.download(csv, "statistics.csv");
  }

  /** A year's main figures, one line per body: the open-data table of the statistics. */
  @GET
  @Path("statistics/bodies")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response bodyStatistics(
      @QueryParam("year") String year, @QueryParam("format") String format) {
    List<BodyFigures> rows = statistics.listBodyStatistics(year);
    if (!"csv".equalsIgnoreCase(format)) {
      return Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }
    StringBuilder csv =
        new StringBuilder(
            "body,received,answered,answered_on_time,refused,pending_at_end,median_working_days\r\n");
    for (BodyFigures r : rows) {
      csv.append(Csv.field(r.bodyCode()))
          .append(',')
          .append(r.received())
          .append(',')
          .append(r.answered())
          .append(',')
          .append(r.answeredOnTime())
          .append(',')
          .append(r.refused())
          .append(',')
          .append(r.pendingAtEnd())
          .append(',')
          .append(r.medianDays() == null ? "" : r.medianDays())
          .append("\r\n");
    }
    return Csv.download(csv, "statistics-by-body.csv");
  }

  private static final String DISCLOSURE_CSV_HEADER =
      "id,decided_on,body,resolution,pseudonym,language,subject,request,answer,withheld_parts,"
          + "documents\r\n";

  private static String disclosureCsv(DisclosureLog.Entry e) {
    return e.id()
        + ","
        + e.decidedOn()
        + ","
        + Csv.field(e.bodyCode())
        + ","
        + e.resolution()
        + ","
        + e.pseudonym()
        + ","
        + e.language()
        + ","
        + Csv.field(e.subject())
        + ","
        + Csv.field(e.requestText())
        + ","
        + Csv.field(e.answer())
        + ","
        + Csv.field(e.withheldParts())
        + ","
        + e.documents()
        + "\r\n";
  }

  private static jakarta.json.JsonObject disclosureJson(DisclosureLog.Entry e) {
    var json =
        Jsons.createObjectBuilder()
            .add("id", e.id())
            .add("decidedOn", e.decidedOn().toString())
            .add("bodyCode", e.bodyCode())
            .add("resolution", e.resolution())
            .add("pseudonym", e.pseudonym())
            .add("language", e.language())
            .add("subject", e.subject())
            .add("request", e.requestText())
            .add("answer", e.answer())
            .add("documents", e.documents());
    if (e.withheldParts() != null) {
      json.add("withheldParts", e.withheldParts());
    }
    return json.build();
  }

  /** Recomputes the register's hash chain: anyone can check that no entry was changed. */
  @GET
  @Path("refusals/verification")
  public Check verifyRefusals() {
    return openness.verifyRefusals();
  }
}
