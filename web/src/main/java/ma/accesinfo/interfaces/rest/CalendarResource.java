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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import ma.accesinfo.application.CalendarService;
import ma.accesinfo.application.CalendarService.CalendarYearView;
import ma.accesinfo.application.CalendarService.DayChange;
import ma.accesinfo.application.CalendarService.DayView;
import ma.accesinfo.application.CalendarService.DeadlineView;
import ma.accesinfo.application.CalendarService.Observation;
import ma.accesinfo.application.CalendarService.RecalculationView;

/** The legal calendar and the deadline calculator: public to read, kept by administrators. */
@Path("calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @Inject CalendarService calendar;

  @GET
  @Path("{year: [0-9]{4}}")
  public CalendarYearView year(@PathParam("year") int year) {
    return calendar.calendar(year);
  }

  @PUT
  @Path("days/{date}")
  @Consumes(MediaType.APPLICATION_JSON)
  public DayView setDay(@PathParam("date") String date, DayChange change) {
    return calendar.setDay(Inputs.date("date", date), Inputs.present(change));
  }

  /** Confirms a lunar holiday on the day it is observed: {@code {"date": "2026-06-17"}}. */
  @POST
  @Path("days/{date}/observed")
  @Consumes(MediaType.APPLICATION_JSON)
  public DayView observeOn(@PathParam("date") String date, Observation observation) {
    return calendar.observeOn(Inputs.date("date", date), Inputs.present(observation).date());
  }

  /** For administrators: the recomputations of deadlines still going on after changes. */
  @GET
  @Path("recalculations")
  public List<RecalculationView> recalculations() {
    return calendar.listRecalculations();
  }

  @DELETE
  @Path("days/{date}")
  public Response removeDay(@PathParam("date") String date) {
    calendar.removeDay(Inputs.date("date", date));
    return Response.noContent().build();
  }

  /** The deadline calculator: {@code ?from=2026-11-27&length=20&unit=WORKING_DAYS}. */
  @GET
  @Path("deadline")
  public DeadlineView deadline(
      @QueryParam("from") String from,
      @QueryParam("length") String length,
      @QueryParam("unit") String unit) {
    return calendar.deadline(
        from == null ? null : Inputs.date("from", from), Inputs.number("length", length), unit);
  }
}
