package ma.accesinfo.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import ma.accesinfo.application.ApplicationFailure;
import ma.accesinfo.application.StatisticsService;
import ma.accesinfo.application.StatisticsService.YearFigures;
import ma.accesinfo.domain.model.statistics.Statistics.BodyFigures;

/** Live statistics, national or for one body, open to everyone. */
@Named
@RequestScoped
public class StatisticsPage {

  @Inject StatisticsService statistics;
  @Inject Ui ui;

  private String year;
  private String body;
  private YearFigures figures;
  private List<BodyFigures> bodies;
  private boolean failed;

  public YearFigures getFigures() {
    if (figures == null && !failed) {
      try {
        figures = statistics.findStatistics(year, body);
      } catch (ApplicationFailure failure) {
        failed = true;
        Texts.show(failure, ui);
      }
    }
    return figures;
  }

  /** The table of bodies, on the national page only. */
  public List<BodyFigures> getBodies() {
    if (bodies == null) {
      bodies = List.of();
      if ((body == null || body.isBlank()) && getFigures() != null) {
        bodies = statistics.listBodyStatistics(String.valueOf(figures.figures().year()));
      }
    }
    return bodies;
  }

  /** A percentage, rounded, for a share from 0 to 1. */
  public String percent(Double share) {
    return share == null ? "—" : Math.round(share * 100) + " %";
  }

  public String days(Double days) {
    return days == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", days);
  }

  /** The entries of a map of counts, for a page to list. */
  public List<Map.Entry<String, Long>> entries(Map<String, Long> counts) {
    return List.copyOf(counts.entrySet());
  }

  public long max(Map<String, Long> counts) {
    return Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
  }

  public String bodyName(String ar, String fr) {
    return "ar".equals(ui.getServiceLanguage()) ? ar : fr;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
