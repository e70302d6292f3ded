package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.report.AnnualReportArchive;
import ma.accesinfo.domain.model.shared.Sha256;
import ma.accesinfo.infrastructure.config.Settings;

/** The archive of annual reports in PostgreSQL; the files' table refuses changes. */
@Stateless
public class SqlAnnualReportArchive implements AnnualReportArchive {

  /** The unique index that allows one report of a scope and year in the making. */
  private static final String IN_PROGRESS = "annual_report_in_progress";

  /** A making that has not moved for half an hour: its server died (V16). */
  private static final String STALLED =
      " coalesce(progressed_at, requested_at) < now() - interval '30 minutes'";

  private static final String ISSUE_COLUMNS =
      "select a.id, a.year, b.code, b.name_ar, b.name_fr, a.status, a.progress, a.step, a.failure,"
          + " a.requested_by, a.requested_at, a.completed_at, a.covers_until"
          + " from annual_report a left join body b on b.id = a.body_id";

  @Resource(lookup = "java:jboss/datasources/PostgreSQLDS")
  DataSource dataSource;

  @Override
  public Optional<Long> queue(Long bodyId, int year, long requestedBy, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      // A report whose server died while making it (another node, never restarted) no longer holds
      // its scope and year
      try (PreparedStatement s =
          c.prepareStatement(
              "update annual_report set status = 'FAILED', failure = ? where coalesce(body_id, 0)"
                  + " = ? and year = ? and status in ('QUEUED', 'RUNNING') and"
                  + STALLED)) {
        s.setString(1, INTERRUPTED);
        s.setLong(2, bodyId == null ? 0 : bodyId);
        s.setInt(3, year);
        s.executeUpdate();
      }
      // A report of the scope already in the making: say so rather than fail on the index
      try (PreparedStatement s =
          c.prepareStatement(
              "select 1 from annual_report where coalesce(body_id, 0) = ? and year = ? and status"
                  + " in ('QUEUED', 'RUNNING')")) {
        s.setLong(1, bodyId == null ? 0 : bodyId);
        s.setInt(2, year);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            return Optional.empty();
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into annual_report (body_id, year, status, progress, requested_by,"
                  + " requested_at, made_by, progressed_at) values (?, ?, 'QUEUED', 0, ?, ?, ?,"
                  + " now()) returning id")) {
        if (bodyId == null) {
          s.setNull(1, Types.BIGINT);
        } else {
          s.setLong(1, bodyId);
        }
        s.setInt(2, year);
        s.setLong(3, requestedBy);
        s.setTimestamp(4, Timestamp.from(at));
        s.setString(5, Settings.node());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return Optional.of(rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains(IN_PROGRESS)) {
        return Optional.empty();
      }
      throw new IllegalStateException("the report could not be queued", e);
    }
  }

  @Override
  public void progress(long id, int percent, String step) {
    update(
        "update annual_report set status = 'RUNNING', progress = ?, step = ?, progressed_at ="
            + " now() where id = ? and status in ('QUEUED', 'RUNNING')",
        s -> {
          s.setInt(1, percent);
          s.setString(2, step);
          s.setLong(3, id);
        });
  }

  @Override
  public void issue(long id, LocalDate coversUntil, List<NewFile> files, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into annual_report_file (report_id, name, media_type, language, size_bytes,"
                  + " sha256, content) values (?, ?, ?, ?, ?, ?, ?)")) {
        for (NewFile file : files) {
          s.setLong(1, id);
          s.setString(2, file.name());
          s.setString(3, file.mediaType());
          s.setString(4, file.language());
          s.setLong(5, file.content().length);
          s.setString(6, Sha256.hex(file.content()));
          s.setBytes(7, file.content());
          s.addBatch();
        }
        s.executeBatch();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "update annual_report set status = 'ISSUED', progress = 100, step = null,"
                  + " covers_until = ?, completed_at = ? where id = ?")) {
        s.setDate(1, Date.valueOf(coversUntil));
        s.setTimestamp(2, Timestamp.from(at));
        s.setLong(3, id);
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the report could not be archived", e);
    }
  }

  @Override
  public void fail(long id, String reason, Instant at) {
    update(
        "update annual_report set status = 'FAILED', failure = ?, completed_at = null where id = ?"
            + " and status in ('QUEUED', 'RUNNING')",
        s -> {
          s.setString(1, reason);
          s.setLong(2, id);
        });
  }

  @Override
  public int failInterrupted(Instant at) {
    int[] changed = new int[1];
    update(
        "update annual_report set status = 'FAILED', failure = ? where status in ('QUEUED',"
            + " 'RUNNING') and requested_at < ? and (made_by = ? or made_by is null or"
            + STALLED
            + ")",
        s -> {
          s.setString(1, INTERRUPTED);
          s.setTimestamp(2, Timestamp.from(at));
          s.setString(3, Settings.node());
        },
        changed);
    return changed[0];
  }

  @Override
  public Optional<Issue> find(long id) {
    List<Issue> found = issues(" where a.id = ?", List.of(id));
    return found.stream().findFirst();
  }

  @Override
  public List<Issue> list(Integer year, Long bodyId, boolean nationalOnly) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> values = new ArrayList<>();
    if (year != null) {
      where.append(" and a.year = ?");
      values.add(year);
    }
    if (nationalOnly) {
      where.append(" and a.body_id is null");
    } else if (bodyId != null) {
      where.append(" and a.body_id = ?");
      values.add(bodyId);
    }
    return issues(where + " order by a.id desc limit 200", values);
  }

  @Override
  public Optional<FileContent> file(long id, String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select f.name, f.media_type, f.sha256, f.content from annual_report_file f join"
                    + " annual_report a on a.id = f.report_id where a.id = ? and a.status ="
                    + " 'ISSUED' and f.name = ?")) {
      s.setLong(1, id);
      s.setString(2, name);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new FileContent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the report's file could not be read", e);
    }
  }

  private List<Issue> issues(String where, List<Object> values) {
    try (Connection c = dataSource.getConnection()) {
      Map<Long, Object[]> rows = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement(ISSUE_COLUMNS + where)) {
        for (int i = 0; i < values.size(); i++) {
          s.setObject(i + 1, values.get(i));
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            Timestamp completed = rs.getTimestamp(12);
            Date covers = rs.getDate(13);
            rows.put(
                rs.getLong(1),
                new Object[] {
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getInt(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getLong(10),
                  rs.getTimestamp(11).toInstant(),
                  completed == null ? null : completed.toInstant(),
                  covers == null ? null : covers.toLocalDate()
                });
          }
        }
      }
      Map<Long, List<IssuedFile>> files = new LinkedHashMap<>();
      if (!rows.isEmpty()) {
        try (PreparedStatement s =
            c.prepareStatement(
                "select report_id, name, media_type, language, size_bytes, sha256 from"
                    + " annual_report_file where report_id = any (?) order by report_id, id")) {
          s.setArray(1, c.createArrayOf("bigint", rows.keySet().toArray()));
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              files
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new IssuedFile(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getLong(5),
                          rs.getString(6)));
            }
          }
        }
      }
      List<Issue> issues = new ArrayList<>();
      rows.forEach(
          (id, r) ->
              issues.add(
                  new Issue(
                      id,
                      (Integer) r[0],
                      (String) r[1],
                      (String) r[2],
                      (String) r[3],
                      (String) r[4],
                      (Integer) r[5],
                      (String) r[6],
                      (String) r[7],
                      (Long) r[8],
                      (Instant) r[9],
                      (Instant) r[10],
                      (LocalDate) r[11],
                      files.getOrDefault(id, List.of()))));
      return issues;
    } catch (SQLException e) {
      throw new IllegalStateException("the reports could not be listed", e);
    }
  }

  @FunctionalInterface
  private interface Binding {
    void bind(PreparedStatement s) throws SQLException;
  }

  private void update(String sql, Binding binding) {
    update(sql, binding, new int[1]);
  }

  private void update(String sql, Binding binding, int[] changed) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binding.bind(s);
      changed[0] = s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the report's state could not be recorded", e);
    }
  }
}
