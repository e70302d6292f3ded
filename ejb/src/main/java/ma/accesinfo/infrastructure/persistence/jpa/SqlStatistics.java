package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.publication.PublicationCategory;
import ma.accesinfo.domain.model.statistics.Statistics;

/**
 * The statistics in SQL, in one pass per question over the year's requests. Working days are
 * counted with an ordinal of working days over the year and the one before (weekends and the legal
 * calendar left out): the days between receipt and answer are the difference of two ordinals.
 */
@Stateless
public class SqlStatistics implements Statistics {

  private static final String ZONE = "Africa/Casablanca";

  /** The working-day ordinal of every day from five years before to the end of the year. */
  private static final String WORKING_DAYS =
      "wd as (select d::date as day, count(*) filter (where extract(isodow from d) < 6"
          + " and not exists (select 1 from non_working_day n where n.day = d::date))"
          + " over (order by d) as n from generate_series(?::date, ?::date, interval '1 day') d)";

  /** Six figures of the answer times of the answered requests the filter {@code %s} keeps. */
  private static final String TIMES =
      "count(*) filter (where %s), count(*) filter (where on_time and %s),"
          + " percentile_cont(0.5) within group (order by days) filter (where %s),"
          + " avg(days) filter (where %s), min(days) filter (where %s), max(days) filter (where"
          + " %s)";

  private static final String[] BANDS = {"0-5", "6-10", "11-20", "21-40", "41+"};

  /** The law's day a request was closed on (a stored column computed from the instant). */
  private static final String CLOSED_DAY = "r.closed_on";

  @Resource(lookup = "java:jboss/datasources/PostgreSQLDS")
  DataSource dataSource;

  @Override
  public Figures of(int year, Long bodyId) {
    try (Connection c = dataSource.getConnection()) {
      return figures(c, year, bodyId, new Times[3], new long[4]);
    } catch (SQLException e) {
      throw new IllegalStateException("the statistics could not be computed", e);
    }
  }

  @Override
  public Annual annual(int year, Long bodyId, LocalDate until) {
    try (Connection c = dataSource.getConnection()) {
      Times[] times = new Times[3];
      long[] requesters = new long[4];
      Figures figures = figures(c, year, bodyId, times, requesters);
      return new Annual(figures, details(c, year, bodyId, until, times, requesters));
    } catch (SQLException e) {
      throw new IllegalStateException("the statistics could not be computed", e);
    }
  }

  /**
   * The year's main figures, in one pass over the requests for the counts and one for the times.
   *
   * @param times receives the answer times of all, ordinary and urgent requests
   * @param requesters receives the requests received in the year from citizens, residents and
   *     requesters no longer known, and those whose urgency was declined
   */
  private static Figures figures(
      Connection c, int year, Long bodyId, Times[] times, long[] requesters) throws SQLException {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    String body = bodyId == null ? "" : " and r.body_id = " + bodyId;
    {
      long[] counts =
          longs(
              c,
              "select count(*) filter (where r.received_on between ?1 and ?2),"
                  + " count(*) filter (where r.received_on between ?1 and ?2 and r.urgent),"
                  + " count(*) filter (where r.closed_at is not null and "
                  + CLOSED_DAY
                  + " between ?1 and ?2),"
                  + " count(*) filter (where r.received_on < ?1 and (r.closed_at is null or "
                  + CLOSED_DAY
                  + " >= ?1)),"
                  + " count(*) filter (where r.received_on <= ?2 and (r.closed_at is null or "
                  + CLOSED_DAY
                  + " > ?2)),"
                  + " count(*) filter (where r.received_on between ?1 and ?2 and r.extended),"
                  + " count(*) filter (where r.received_on between ?1 and ?2 and"
                  + " r.requester_national_id is not null),"
                  + " count(*) filter (where r.received_on between ?1 and ?2 and"
                  + " r.requester_national_id is null and r.requester_residence_document_number is"
                  + " not null),"
                  + " count(*) filter (where r.received_on between ?1 and ?2 and"
                  + " r.requester_national_id is null and r.requester_residence_document_number is"
                  + " null),"
                  + " count(*) filter (where r.received_on between ?1 and ?2 and"
                  + " r.urgency_declined)"
                  + " from information_request r where true"
                  + body,
              start,
              end);
      Map<String, Long> channels =
          grouped(
              c,
              "select r.channel, count(*) from information_request r where r.received_on between"
                  + " ?1 and ?2"
                  + body
                  + " group by r.channel order by r.channel",
              start,
              end);
      Map<String, Long> outcomes =
          grouped(
              c,
              "select r.resolution, count(*) from information_request r where r.closed_at is not"
                  + " null and "
                  + CLOSED_DAY
                  + " between ?1 and ?2 and r.resolution is not null"
                  + body
                  + " group by r.resolution order by r.resolution",
              start,
              end);
      System.arraycopy(counts, 6, requesters, 0, 4);
      Map<String, Long> bands = new LinkedHashMap<>();
      System.arraycopy(times(c, start, end, body, bands), 0, times, 0, 3);
      Times all = times[0];
      return new Figures(
          year,
          counts[0],
          counts[1],
          counts[2],
          counts[3],
          counts[4],
          channels,
          outcomes,
          all.answered(),
          all.answeredOnTime(),
          all.medianDays(),
          all.meanDays(),
          all.fewestDays(),
          all.mostDays(),
          bands,
          counts[5]);
    }
  }

  @Override
  public List<BodyFigures> byBody(int year) {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    String sql =
        "with "
            + WORKING_DAYS.replace(
                "?::date, ?::date", "'" + start.minusYears(5) + "'::date, '" + end + "'::date")
            + " select b.code, b.name_ar, b.name_fr,"
            + " count(*) filter (where r.received_on between ?1 and ?2),"
            + " count(*) filter (where r.status = 'ANSWERED' and "
            + CLOSED_DAY
            + " between ?1 and ?2),"
            + " count(*) filter (where r.status = 'ANSWERED' and "
            + CLOSED_DAY
            + " between ?1 and ?2 and "
            + CLOSED_DAY
            + " <= r.due_date),"
            + " count(*) filter (where r.resolution = 'REFUSED' and "
            + CLOSED_DAY
            + " between ?1 and ?2),"
            + " count(*) filter (where r.received_on <= ?2 and (r.closed_at is null or "
            + CLOSED_DAY
            + " > ?2)),"
            + " percentile_cont(0.5) within group (order by c.n - s.n) filter (where r.status ="
            + " 'ANSWERED' and "
            + CLOSED_DAY
            + " between ?1 and ?2)"
            + " from information_request r join body b on b.id = r.body_id"
            + " left join wd s on s.day = r.received_on left join wd c on c.day = "
            + CLOSED_DAY
            + " where r.received_on <= ?2 and (r.closed_at is null or "
            + CLOSED_DAY
            + " >= ?1) group by b.code, b.name_ar, b.name_fr order by b.code";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepare(c, sql, start, end);
        ResultSet rs = s.executeQuery()) {
      List<BodyFigures> rows = new ArrayList<>();
      while (rs.next()) {
        double median = rs.getDouble(9);
        rows.add(
            new BodyFigures(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getLong(7),
                rs.getLong(8),
                rs.wasNull() ? null : median));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("the statistics could not be computed", e);
    }
  }

  /**
   * The answer times of the requests answered between the two days that the filter keeps, all
   * together, ordinary ones and urgent ones (in that order), and the bands of them all.
   */
  private static Times[] times(
      Connection c, LocalDate start, LocalDate end, String filter, Map<String, Long> bands)
      throws SQLException {
    String sql =
        "with "
            + WORKING_DAYS.replace(
                "?::date, ?::date", "'" + start.minusYears(5) + "'::date, '" + end + "'::date")
            + ", answered as (select c.n - s.n as days, "
            + CLOSED_DAY
            + " <= r.due_date as on_time, r.urgent from information_request r"
            + " join wd s on s.day = r.received_on join wd c on c.day = "
            + CLOSED_DAY
            + " where r.status = 'ANSWERED' and "
            + CLOSED_DAY
            + " between ?1 and ?2"
            + filter
            + ") select "
            + TIMES.replace("%s", "true")
            + ", "
            + TIMES.replace("%s", "not urgent")
            + ", "
            + TIMES.replace("%s", "urgent")
            + ", count(*) filter (where days <= 5), count(*) filter (where days between 6 and"
            + " 10), count(*) filter (where days between 11 and 20), count(*) filter (where"
            + " days between 21 and 40), count(*) filter (where days > 40) from answered";
    try (PreparedStatement s = prepare(c, sql, start, end);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      Times[] times = new Times[3];
      for (int t = 0; t < 3; t++) {
        int at = 1 + t * 6;
        long answered = rs.getLong(at);
        times[t] =
            answered == 0
                ? new Times(0, 0, null, null, null, null)
                : new Times(
                    answered,
                    rs.getLong(at + 1),
                    rs.getDouble(at + 2),
                    rs.getDouble(at + 3),
                    rs.getInt(at + 4),
                    rs.getInt(at + 5));
      }
      for (int i = 0; i < BANDS.length; i++) {
        bands.put(BANDS[i], rs.getLong(19 + i));
      }
      return times;
    }
  }

  private static Details details(
      Connection c, int year, Long bodyId, LocalDate until, Times[] times, long[] requesters)
      throws SQLException {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    String body = bodyId == null ? "" : " and r.body_id = " + bodyId;
    {
      Map<String, Long> requesterTypes = new LinkedHashMap<>();
      requesterTypes.put("CITIZEN", requesters[0]);
      requesterTypes.put("RESIDENT", requesters[1]);
      requesterTypes.put("UNKNOWN", requesters[2]);
      long urgencyDeclined = requesters[3];
      Map<String, Long> grounds =
          grouped(
              c,
              "select r.refusal_ground, count(*) from information_request r where r.resolution ="
                  + " 'REFUSED' and r.refusal_ground is not null and r.closed_at is not null and "
                  + CLOSED_DAY
                  + " between ?1 and ?2"
                  + body
                  + " group by 1 order by 1",
              start,
              end);
      Map<String, Long> exemptions =
          grouped(
              c,
              "select e.code, count(*) from request_exemption e join information_request r on"
                  + " r.id = e.request_id where r.resolution in ('REFUSED', 'PARTIALLY_GRANTED')"
                  + " and r.closed_at is not null and "
                  + CLOSED_DAY
                  + " between ?1 and ?2"
                  + body
                  + " group by 1 order by 1",
              start,
              end);
      Map<String, Long> extensions =
          grouped(
              c,
              "select r.extension_ground, count(*) from information_request r where r.extended"
                  + " and r.received_on between ?1 and ?2"
                  + body
                  + " group by 1 order by 1",
              start,
              end);
      Times ordinary = times[1];
      Times urgent = times[2];
      List<Pending> oldest = oldestPending(c, start, until, body);
      String complaintBody =
          bodyId == null
              ? ""
              : " and exists (select 1 from information_request r where r.id = h.request_id"
                  + body
                  + ")";
      String decidedDay = "(h.decided_at at time zone '" + ZONE + "')::date";
      Map<String, Long> head = new LinkedHashMap<>();
      long[] headCounts =
          longs(
              c,
              "select count(*) filter (where h.received_on between ?1 and ?2),"
                  + " count(*) filter (where h.decided_at is not null and "
                  + decidedDay
                  + " between ?1 and ?2 and "
                  + decidedDay
                  + " > h.due_date),"
                  + " count(*) filter (where h.received_on <= ?2 and (h.decided_at is null or "
                  + decidedDay
                  + " > ?2))"
                  + " from head_complaint h where true"
                  + complaintBody,
              start,
              end);
      head.put("received", headCounts[0]);
      grouped(
              c,
              "select h.decision, count(*) from head_complaint h where h.decided_at is not null"
                  + " and "
                  + decidedDay
                  + " between ?1 and ?2"
                  + complaintBody
                  + " group by 1 order by 1",
              start,
              end)
          .forEach((decision, count) -> head.put("decided." + decision, count));
      head.put("decidedLate", headCounts[1]);
      head.put("pendingAtEnd", headCounts[2]);
      Map<String, Long> commission = commission(c, start, end, complaintBody);
      return new Details(
          requesterTypes,
          urgencyDeclined,
          grounds,
          exemptions,
          extensions,
          ordinary,
          urgent,
          oldest,
          head,
          commission,
          publication(c, bodyId));
    }
  }

  private static List<Pending> oldestPending(
      Connection c, LocalDate start, LocalDate until, String body) throws SQLException {
    String sql =
        "with "
            + WORKING_DAYS.replace(
                "?::date, ?::date", "'" + until.minusYears(10) + "'::date, '" + until + "'::date")
            + " select r.reference, b.code, r.received_on, r.due_date,"
            + " (select n from wd where day = ?2) - coalesce(s.n, 0)"
            + " from information_request r join body b on b.id = r.body_id"
            + " left join wd s on s.day = r.received_on"
            + " where r.received_on <= ?2 and (r.closed_at is null or "
            + CLOSED_DAY
            + " > ?2)"
            + body
            + " order by r.received_at, r.id limit 10";
    List<Pending> rows = new ArrayList<>();
    try (PreparedStatement s = prepare(c, sql, start, until);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new Pending(
                rs.getString(1),
                rs.getString(2),
                rs.getDate(3).toLocalDate(),
                rs.getDate(4).toLocalDate(),
                rs.getLong(5)));
      }
    }
    return rows;
  }

  private static Map<String, Long> commission(
      Connection c, LocalDate start, LocalDate end, String complaintBody) throws SQLException {
    String filter = complaintBody.replace("h.request_id", "k.request_id");
    String day = "(k.%s at time zone '" + ZONE + "')::date between ?1 and ?2";
    Map<String, Long> counts = new LinkedHashMap<>();
    long[] totals =
        longs(
            c,
            "select count(*) filter (where k.received_on between ?1 and ?2),"
                + " count(*) filter (where k.ruled_inadmissible_at is not null and "
                + day.formatted("ruled_inadmissible_at")
                + "),"
                + " count(*) filter (where k.appeal_lodged_on between ?1 and ?2)"
                + " from commission_complaint k where true"
                + filter,
            start,
            end);
    counts.put("received", totals[0]);
    counts.put("inadmissible", totals[1]);
    grouped(
            c,
            "select k.recommendation, count(*) from commission_complaint k where k.recommended_at"
                + " is not null and "
                + day.formatted("recommended_at")
                + filter
                + " group by 1 order by 1",
            start,
            end)
        .forEach((kind, count) -> counts.put("recommendation." + kind, count));
    grouped(
            c,
            "select k.compliance_status, count(*) from commission_complaint k where"
                + " k.compliance_status is not null and k.recommended_at is not null and "
                + day.formatted("recommended_at")
                + filter
                + " group by 1 order by 1",
            start,
            end)
        .forEach((status, count) -> counts.put("compliance." + status, count));
    counts.put("appeals", totals[2]);
    return counts;
  }

  private static Map<String, Long> publication(Connection c, Long bodyId) throws SQLException {
    String body = bodyId == null ? "" : " and b.id = " + bodyId;
    Map<String, Long> counts = new LinkedHashMap<>();
    long declared = 0;
    try (PreparedStatement s =
            c.prepareStatement(
                "select p.status, count(*) from proactive_publication p join body b on b.id ="
                    + " p.body_id where b.active"
                    + body
                    + " group by 1 order by 1");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
        declared += rs.getLong(2);
      }
    }
    long bodies;
    try (PreparedStatement s =
            c.prepareStatement("select count(*) from body b where b.active" + body);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      bodies = rs.getLong(1);
    }
    counts.put("UNDECLARED", bodies * PublicationCategory.values().length - declared);
    return counts;
  }

  /**
   * Prepares a statement written with {@code ?1} (the year's first day) and {@code ?2} (its last),
   * which may each appear many times.
   */
  private static PreparedStatement prepare(Connection c, String sql, LocalDate start, LocalDate end)
      throws SQLException {
    List<LocalDate> values = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    for (int i = 0; i < sql.length(); i++) {
      char ch = sql.charAt(i);
      if (ch == '?'
          && i + 1 < sql.length()
          && (sql.charAt(i + 1) == '1' || sql.charAt(i + 1) == '2')) {
        values.add(sql.charAt(i + 1) == '1' ? start : end);
        plain.append('?');
        i++;
      } else {
        plain.append(ch);
      }
    }
    PreparedStatement s = c.prepareStatement(plain.toString());
    for (int i = 0; i < values.size(); i++) {
      s.setDate(i + 1, Date.valueOf(values.get(i)));
    }
    return s;
  }

  private static long[] longs(Connection c, String sql, LocalDate start, LocalDate end)
      throws SQLException {
    try (PreparedStatement s = prepare(c, sql, start, end);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      long[] values = new long[rs.getMetaData().getColumnCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = rs.getLong(i + 1);
      }
      return values;
    }
  }

  private static Map<String, Long> grouped(Connection c, String sql, LocalDate start, LocalDate end)
      throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement s = prepare(c, sql, start, end);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }
}
