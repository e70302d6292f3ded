package ma.accesinfo.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.accesinfo.application.CalendarService;
import ma.accesinfo.application.CalendarService.CalendarYearView;
import ma.accesinfo.application.CalendarService.DayChange;
import ma.accesinfo.application.CalendarService.DayView;
import ma.accesinfo.application.CalendarService.RecalculationView;

/**
 * The legal calendar for administrators: confirm the provisional date of a lunar holiday, or
 * declare a closure; running deadlines are recomputed by the service.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalendarService calendar;
  @Inject Ui ui;
  @Inject Viewer viewer;

  private int year = LocalDate.now(ZoneId.of("Africa/Casablanca")).getYear();
  private CalendarYearView view;
  private List<RecalculationView> recalculations = List.of();
  private LocalDate closureDate;
  private String closureNameAr;
  private String closureNameFr;
  private final Map<String, LocalDate> observed = new HashMap<>();

  public void load() {
    if (!Pages.signInFirst()) {
      view = calendar.calendar(year);
      recalculations = viewer.holds("ADMIN") ? calendar.listRecalculations() : List.of();
    }
  }

  /** The recomputations of deadlines still going on after changes of the calendar. */
  public List<RecalculationView> getRecalculations() {
    return recalculations.stream().filter(r -> r.finishedAt() == null).toList();
  }

  /** Recomputations that went on without some requests, whose deadlines are to be checked. */
  public List<RecalculationView> getIncomplete() {
    return recalculations.stream().filter(r -> !r.notRecomputed().isEmpty()).toList();
  }

  public void confirm(DayView day) {
    act(
        () ->
            calendar.setDay(
                day.date(),
                new DayChange(day.kind(), day.holidayCode(), day.nameAr(), day.nameFr(), false)));
  }

  /** Confirms a provisional lunar holiday on the day the administrator typed for it. */
  public void observe(DayView day) {
    LocalDate on = observed.get(day.date().toString());
    act(() -> calendar.observeOn(day.date(), on == null ? day.date() : on));
  }

  public Map<String, LocalDate> getObserved() {
    return observed;
  }

  public void declareClosure() {
    act(
        () ->
            calendar.setDay(
                closureDate, new DayChange("CLOSURE", null, closureNameAr, closureNameFr, false)));
  }

  private void act(Runnable change) {
    if (Texts.attempt(change, "calendar.changed", ui)) {
      view = calendar.calendar(year);
      recalculations = calendar.listRecalculations();
    }
  }

  public String name(DayView day) {
    return "ar".equals(ui.getServiceLanguage()) ? day.nameAr() : day.nameFr();
  }

  public CalendarYearView getView() {
    return view;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public LocalDate getClosureDate() {
    return closureDate;
  }

  public void setClosureDate(LocalDate closureDate) {
    this.closureDate = closureDate;
  }

  public String getClosureNameAr() {
    return closureNameAr;
  }

  public void setClosureNameAr(String closureNameAr) {
    this.closureNameAr = closureNameAr;
  }

  public String getClosureNameFr() {
    return closureNameFr;
  }

  public void setClosureNameFr(String closureNameFr) {
    this.closureNameFr = closureNameFr;
  }
}
