package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.openness.RefusalRegister;

/**
 * The refusal register over plain JDBC. Refusals are few (thousands a year), so each entry is
 * chained as it is written, under a transaction-scoped advisory lock that orders writers, also
 * across a cluster: {@code hash = SHA-256(previous hash, the entry's public fields)}.
 */
@Stateless
public class SqlRefusalRegister implements RefusalRegister {

  static final String GENESIS = HashChain.GENESIS;
  private static final long WRITER_LOCK = 3113_0002L;

  @Resource(lookup = "java:jboss/datasources/PostgreSQLDS")
  DataSource dataSource;

  @Override
  public void enter(NewEntry entry) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
        lock.setLong(1, WRITER_LOCK);
        lock.execute();
      }
      long seq = 0;
      String previous = GENESIS;
      try (PreparedStatement last =
              c.prepareStatement(
                  "select seq, hash from refusal_register_entry order by seq desc limit 1");
          ResultSet rs = last.executeQuery()) {
        if (rs.next()) {
          seq = rs.getLong(1);
          previous = rs.getString(2);
        }
      }
      Long refersTo = null;
      if (entry.kind() != Kind.DECISION) {
        try (PreparedStatement decision =
            c.prepareStatement(
                "select max(seq) from refusal_register_entry where request_id = ?"
                    + " and kind = 'DECISION'")) {
          decision.setLong(1, entry.requestId());
          try (ResultSet rs = decision.executeQuery()) {
            rs.next();
            refersTo = (Long) rs.getObject(1);
          }
        }
        if (refersTo == null) {
          return; // a complaint about silence: there is no refusal to follow up in the register
        }
      }
      seq++;
      Instant at = entry.enteredAt().truncatedTo(ChronoUnit.MICROS);
      String exemptions = String.join(",", entry.exemptions().stream().sorted().toList());
      String bodyCode = bodyCode(c, entry.bodyId());
      String hash =
          link(
              previous,
              seq,
              at,
              entry.kind().name(),
              bodyCode,
              entry.decidedOn(),
              entry.resolution(),
              entry.refusalGround(),
              exemptions,
              entry.publicJustification(),
              entry.outcome(),
              refersTo);
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into refusal_register_entry (seq, entered_at, kind, request_id, body_id,"
                  + " decided_on, resolution, refusal_ground, exemptions, public_justification,"
                  + " outcome, refers_to, previous_hash, hash)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setLong(1, seq);
        insert.setObject(2, at.atOffset(ZoneOffset.UTC));
        insert.setString(3, entry.kind().name());
        insert.setLong(4, entry.requestId());
        insert.setLong(5, entry.bodyId());
        insert.setDate(6, Date.valueOf(entry.decidedOn()));
        insert.setString(7, entry.resolution());
        insert.setString(8, entry.refusalGround());
        insert.setString(9, exemptions);
        insert.setString(10, entry.publicJustification());
        insert.setString(11, entry.outcome());
        insert.setObject(12, refersTo);
        insert.setString(13, previous);
        insert.setString(14, hash);
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the refusal register could not be written", e);
    }
  }

  @Override
  public List<Entry> search(Filter filter, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select e.*, b.code, b.name_ar, b.name_fr from refusal_register_entry e"
                + " join body b on b.id = e.body_id where true");
    List<Object> parameters = new ArrayList<>();
    if (filter.bodyCode() != null) {
      sql.append(" and b.code = ?");
      parameters.add(filter.bodyCode());
    }
    if (filter.exemption() != null) {
      sql.append(" and ? = any(string_to_array(e.exemptions, ','))");
      parameters.add(filter.exemption());
    }
    if (filter.year() != null) {
      sql.append(" and extract(year from e.decided_on) = ?");
      parameters.add(filter.year());
    }
    if (filter.outcome() != null) {
      sql.append(" and e.outcome = ?");
      parameters.add(filter.outcome());
    }
    sql.append(" order by e.seq desc limit ?");
    parameters.add(limit);
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setObject(i + 1, parameters.get(i));
      }
      List<Entry> entries = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String exemptions = rs.getString("exemptions");
          entries.add(
              new Entry(
                  rs.getLong("seq"),
                  rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
                  rs.getString("kind"),
                  rs.getString("code"),
                  rs.getString("name_ar"),
                  rs.getString("name_fr"),
                  rs.getObject("decided_on", LocalDate.class),
                  rs.getString("resolution"),
                  rs.getString("refusal_ground"),
                  exemptions.isEmpty() ? List.of() : Arrays.asList(exemptions.split(",")),
                  rs.getString("public_justification"),
                  rs.getString("outcome"),
                  (Long) rs.getObject("refers_to"),
                  rs.getString("previous_hash"),
                  rs.getString("hash")));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IllegalStateException("the refusal register could not be read", e);
    }
  }

  @Override
  public Check verify() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement all =
            c.prepareStatement(
                "select e.*, b.code from refusal_register_entry e join body b on b.id = e.body_id"
                    + " order by e.seq")) {
      all.setFetchSize(5_000);
      long count = 0;
      String previous = GENESIS;
      Long broken = null;
      try (ResultSet rs = all.executeQuery()) {
        while (rs.next()) {
          count++;
          long seq = rs.getLong("seq");
          String expected =
              link(
                  previous,
                  seq,
                  rs.getObject("entered_at", OffsetDateTime.class).toInstant(),
                  rs.getString("kind"),
                  rs.getString("code"),
                  rs.getObject("decided_on", LocalDate.class),
                  rs.getString("resolution"),
                  rs.getString("refusal_ground"),
                  rs.getString("exemptions"),
                  rs.getString("public_justification"),
                  rs.getString("outcome"),
                  (Long) rs.getObject("refers_to"));
          if (broken == null
              && (seq != count
                  || !previous.equals(rs.getString("previous_hash"))
                  || !expected.equals(rs.getString("hash")))) {
            broken = seq;
          }
          previous = rs.getString("hash");
        }
      }
      return new Check(broken == null, count, broken, previous);
    } catch (SQLException e) {
      throw new IllegalStateException("the refusal register could not be read", e);
    }
  }

  private static String bodyCode(Connection c, long bodyId) throws SQLException {
    try (PreparedStatement body = c.prepareStatement("select code from body where id = ?")) {
      body.setLong(1, bodyId);
      try (ResultSet rs = body.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static String link(String previous, long seq, Object... fields) {
    return HashChain.link(previous, seq, fields);
  }
}
