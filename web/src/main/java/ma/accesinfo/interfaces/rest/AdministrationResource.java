package ma.accesinfo.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import ma.accesinfo.application.FieldViolation;
import ma.accesinfo.application.InvalidInputException;
import ma.accesinfo.application.PersonalDataService;
import ma.accesinfo.application.PersonalDataService.ReEncryption;
import ma.accesinfo.application.PersonalDataService.RetentionReport;
import ma.accesinfo.domain.model.audit.AuditLog.ChainCheck;
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

  /** Applies the retention period now (it also runs every night). */
  @POST
  @Path("retention-runs")
  public RetentionReport applyRetention() {
    return personalData.applyRetention();
  }

  @GET
  @Path("audit/verification")
  public ChainCheck verifyAudit() {
    return audit.verify();
  }

  /** The audit trail of a period, as JSON or, with {@code format=csv}, as CSV. */
  @GET
  @Path("audit")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  public Response exportAudit(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format) {
    List<SealedEntry> entries = audit.export(date("from", from), date("to", to));
    if ("csv".equalsIgnoreCase(format)) {
      StringBuilder csv =
          new StringBuilder(
              "seq,occurred_at,actor_id,actor,action,target,outcome,details,previous_hash,hash\r\n");
      for (SealedEntry e : entries) {
        csv.append(e.seq())
            .append(',')
            .append(e.occurredAt())
            .append(',')
            .append(e.actorId() == null ? "" : e.actorId())
            .append(',')
            .append(Csv.field(e.actor()))
            .append(',')
            .append(Csv.field(e.action()))
            .append(',')
            .append(Csv.field(e.target()))
            .append(',')
            .append(e.outcome())
            .append(',')
            .append(Csv.field(e.details()))
            .append(',')
            .append(e.previousHash())
            .append(',')
            .append(e.hash())
            .append("\r\n");
      }
      return Csv.download(csv, "audit-" + from + "-" + to + ".csv");
    }
    return Response.ok(entries, MediaType.APPLICATION_JSON).build();
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
