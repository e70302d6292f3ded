package ma.accesinfo.domain.model.statistics;

import java.util.List;
import java.util.Map;

/**
 * The figures of a year, nationally or for one body, computed from the requests themselves. Times
 * are in working days (weekends and the legal calendar's holidays and closures left out), from the
 * receipt to the day the answer left the body.
 */
public interface Statistics {

  /**
   * @param bodyId one body's figures, or null for the whole country
   */
  Figures of(int year, Long bodyId);

  /** The year's main figures for every body that received or closed a request in it. */
  List<BodyFigures> byBody(int year);

  /**
   * @param received requests received in the year
   * @param closed requests closed in the year (answered, forwarded or withdrawn)
   * @param pendingAtStart requests received before the year and still open at its start
   * @param pendingAtEnd requests received by the end of the year and still open at its end
   * @param outcomes requests closed in the year, by resolution
   * @param answered requests answered in the year (a decision that left the body)
   * @param answeredOnTime of those, answered by their due date
   * @param medianDays median working days to answer (null when none was answered)
   * @param bands answered requests by working days: 0-5 (the same day counts 0), 6-10, 11-20,
   *     21-40, over 40
   */
  record Figures(
      int year,
      long received,
      long receivedUrgent,
      long closed,
      long pendingAtStart,
      long pendingAtEnd,
      Map<String, Long> byChannel,
      Map<String, Long> outcomes,
      long answered,
      long answeredOnTime,
      Double medianDays,
      Double meanDays,
      Integer fewestDays,
      Integer mostDays,
      Map<String, Long> bands,
      long extended) {

    /** The share of answers sent by their due date, from 0 to 1 (null when none was answered). */
    public Double shareOnTime() {
      return answered == 0 ? null : (double) answeredOnTime / answered;
    }
  }

  record BodyFigures(
      String bodyCode,
      String nameAr,
      String nameFr,
      long received,
      long answered,
      long answeredOnTime,
      long refused,
      long pendingAtEnd,
      Double medianDays) {}
}
