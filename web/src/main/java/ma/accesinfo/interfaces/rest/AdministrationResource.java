package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import ma.accesinfo.application.AuditService;
import ma.accesinfo.application.AuditService.ChainVerification;
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.application.PersonalDataService.ReEncryption;
import ma.accesinfo.application.PersonalDataService.RetentionRecord;
import ma.accesinfo.application.PersonalDataService.RetentionRun;
import ma.accesinfo.domain.model.audit.AuditLog.SealedEntry;

/** Administrators' tools for personal data and the audit trail. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdministrationResource {

  @Inject PersonalDataService personalData;
  @Inject AuditService audit;

  /**
   * After a new key is put first in ACCESINFO_DATA_KEYS: starts sealing everything again under it,
   * in the background (202, with where it stands); follow it at the same address.
   */
  @POST
  @Path("personal-data/re-encryption")
  public Response reencrypt(@Context UriInfo uri) {
    return Response.accepted(personalData.reencrypt()).location(uri.getRequestUri()).build();
  }

  @GET
  @Path("personal-data/re-encryption")
  public ReEncryption reEncryption() {
    return personalData.currentReEncryption();
  }

  /**
   * Starts applying the retention period now (it also runs every night), in the background (202,
   * with where it stands); follow it at the address given.
   */
  @POST
  @Path("retention-runs")
  public Response applyRetention(@Context UriInfo uri) {
    return Response.accepted(personalData.startRetention())
        .location(uri.getRequestUriBuilder().path("current").build())
        .build();
  }

  /** Where this server's run of the retention period stands. */
  @GET
  @Path("retention-runs/current")
  public RetentionRun retentionRun() {
    return personalData.currentRetention();
  }

  /** The runs of the retention period on record, the latest first. */
  @GET
  @Path("retention-runs")
  public List<RetentionRecord> listRetentionRuns() {
    return personalData.listRetentionRuns();
  }

  /**
   * Starts a check of the audit trail's hash chain, in the background (202, with where it stands);
   * follow it at the same address.
   */
  @POST
  @Path("audit/verification")
  public Response verifyAudit(@Context UriInfo uri) {
    return Response.accepted(audit.startVerification()).location(uri.getRequestUri()).build();
  }

  @GET
  @Path("audit/verification")
  public ChainVerification auditVerification() {
    return audit.currentVerification();
  }

  /**
   * The audit trail of a period, as JSON or, with {@code format=csv}, as CSV: written as it is
   * read, part by part, however long the period.
   */
  @GET
  @Path("audit")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response exportAudit(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format) {
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    // Refused (403, 400) before the first byte leaves
    audit.startExport(first, last);
    PartedExport.Parts<SealedEntry> parts =
        (after, sink) -> audit.listEntries(first, last, after, sink);
    if ("csv".equalsIgnoreCase(format)) {
      return Response.ok(
              PartedExport.csv(
                  "seq,occurred_at,actor_id,actor,action,target,outcome,details,previous_hash,"
                      + "hash\r\n",
                  parts,
                  AdministrationResource::auditCsv),
              "text/csv; charset=UTF-8")
          .header(
              "Content-Disposition",
              "attachment; filename=\"audit-" + first + "-" + last + ".csv\"")
          .build();
    }
    Jsonb json = new JsonBinding().getContext(SealedEntry.class);
    return Response.ok(PartedExport.json(parts, json::toJson), MediaType.APPLICATION_JSON).build();
  }

  private static String auditCsv(SealedEntry e) {
    return e.seq()
        + ","
        + e.occurredAt()
        + ","
        + (e.actorId() == null ? "" : e.actorId())
        + ","
        + Csv.field(e.actor())
        + ","
        + Csv.field(e.action())
        + ","
        + Csv.field(e.target())
        + ","
        + e.outcome()
        + ","
        + Csv.field(e.details())
        + ","
        + e.previousHash()
        + ","
        + e.hash()
        + "\r\n";
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value == null ? "" : value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException(
          List.of(new FieldViolation(field, "invalidFormat", List.of("2026-11-27"))));
    }
  }
}
