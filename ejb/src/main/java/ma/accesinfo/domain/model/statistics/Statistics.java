package ma.accesinfo.domain.model.statistics;

import java.time.LocalDate;
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
   * The year's figures and the further breakdowns the annual report gives, computed together.
   *
   * @param bodyId one body's figures, or null for the whole country
   * @param until the last day the report covers (the year's end, or today during the year): the
   *     oldest pending requests are those still open then, aged to that day
   */
  Annual annual(int year, Long bodyId, LocalDate until);

  record Annual(Figures figures, Details details) {}

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

  /**
   * Time to answer, in working days, of the requests answered in the year.
   *
   * @param medianDays null when none was answered, as are the mean, the fewest and the most
   */
  record Times(
      long answered,
      long answeredOnTime,
      Double medianDays,
      Double meanDays,
      Integer fewestDays,
      Integer mostDays) {}

  /** A request still open on the last day covered, and for how many working days it had been. */
  record Pending(
      String reference,
      String bodyCode,
      LocalDate receivedOn,
      LocalDate dueDate,
      long workingDaysOpen) {}

  /**
   * @param requesterTypes requests received in the year by the requester's identity document:
   *     {@code CITIZEN} (national identity card), {@code RESIDENT} (residence document), {@code
   *     UNKNOWN} (no longer known: personal data purged at the end of its retention)
   * @param urgencyDeclined requests received as urgent in the year whose urgency the body declined
   * @param refusalGrounds refusals sent in the year, by Art. 18 ground
   * @param exemptions Art. 7 exemptions cited by the refusals and partial grants sent in the year
   * @param extensionGrounds requests received in the year whose period was extended, by ground
   * @param ordinary answer times of ordinary requests answered in the year
   * @param urgent answer times of urgent requests answered in the year
   * @param oldestPending the ten oldest requests still open on the last day covered
   * @param headComplaints complaints to heads: {@code received}, {@code decided.<decision>}, {@code
   *     decidedLate}, {@code pendingAtEnd}
   * @param commissionComplaints complaints to the Commission: {@code received}, {@code
   *     inadmissible}, {@code recommendation.<kind>}, {@code compliance.<status>} (of the
   *     recommendations made in the year), {@code appeals}
   * @param publication the proactive-publication categories today, by status, and {@code
   *     UNDECLARED}
   */
  record Details(
      Map<String, Long> requesterTypes,
      long urgencyDeclined,
      Map<String, Long> refusalGrounds,
      Map<String, Long> exemptions,
      Map<String, Long> extensionGrounds,
      Times ordinary,
      Times urgent,
      List<Pending> oldestPending,
      Map<String, Long> headComplaints,
      Map<String, Long> commissionComplaints,
      Map<String, Long> publication) {}

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
