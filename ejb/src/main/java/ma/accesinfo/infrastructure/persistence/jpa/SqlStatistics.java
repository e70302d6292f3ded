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

  private static final String CLOSED_DAY = "(r.closed_at at time zone '" + ZONE + "')::date";

  @Resource(lookup = "java:jboss/datasources/PostgreSQLDS")
  DataSource dataSource;

  @Override
  public Figures of(int year, Long bodyId) {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    String body = bodyId == null ? "" : " and r.body_id = " + bodyId;
    try (Connection c = dataSource.getConnection()) {
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
                  + " count(*) filter (where r.received_on between ?1 and ?2 and r.extended)"
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
      String answeredDays =
          "with "
              + WORKING_DAYS.replace(
                  "?::date, ?::date", "'" + start.minusYears(5) + "'::date, '" + end + "'::date")
              + ", answered as (select c.n - s.n as days, "
              + CLOSED_DAY
              + " <= r.due_date as on_time from information_request r"
              + " join wd s on s.day = r.received_on join wd c on c.day = "
              + CLOSED_DAY
              + " where r.status = 'ANSWERED' and "
              + CLOSED_DAY
              + " between ?1 and ?2"
              + body
              + ")";
      Double median = null;
      Double mean = null;
      Integer fewest = null;
      Integer most = null;
      long answered;
      long onTime;
      Map<String, Long> bands = new LinkedHashMap<>();
      try (PreparedStatement s =
          prepare(
              c,
              answeredDays
                  + " select count(*), count(*) filter (where on_time),"
                  + " percentile_cont(0.5) within group (order by days), avg(days), min(days),"
                  + " max(days),"
                  + " count(*) filter (where days <= 5), count(*) filter (where days between 6 and"
                  + " 10), count(*) filter (where days between 11 and 20), count(*) filter (where"
                  + " days between 21 and 40), count(*) filter (where days > 40) from answered",
              start,
              end)) {
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          answered = rs.getLong(1);
          onTime = rs.getLong(2);
          if (answered > 0) {
            median = rs.getDouble(3);
            mean = rs.getDouble(4);
            fewest = rs.getInt(5);
            most = rs.getInt(6);
          }
          String[] names = {"0-5", "6-10", "11-20", "21-40", "41+"};
          for (int i = 0; i < names.length; i++) {
            bands.put(names[i], rs.getLong(7 + i));
          }
        }
      }
      return new Figures(
          year, counts[0], counts[1], counts[2], counts[3], counts[4], channels, outcomes, answered,
          onTime, median, mean, fewest, most, bands, counts[5]);
    } catch (SQLException e) {
      throw new IllegalStateException("the statistics could not be computed", e);
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
