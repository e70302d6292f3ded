package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.audit.AuditLog;
import ma.accesinfo.domain.model.audit.AuditRecord;
import ma.accesinfo.domain.model.shared.Jsons;

/**
 * The audit trail in the {@code audit_entry} table, over plain JDBC for exact control of what is
 * hashed. Writers only insert; a single sealer at a time (a PostgreSQL advisory lock, so also
 * across a cluster) gives committed entries their place in the chain: {@code hash =
 * SHA-256(previous hash, seq, the entry's fields)}. The database refuses any other change of an
 * entry.
 */
@Stateless
public class SqlAuditLog implements AuditLog {

  static final String GENESIS = HashChain.GENESIS;
  private static final long SEALER_LOCK = 3113_0001L;
  private static final long CHECK_LOCK = 3113_0003L; // apart from the refusal register's 3113_0002
  private static final int SEAL_BATCH = 2_000;

  @Resource(lookup = "java:jboss/datasources/PostgreSQLDS")
  DataSource dataSource;

  @Override
  public void append(AuditRecord record) {
    insert(record);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void appendApart(AuditRecord record) {
    insert(record);
  }

  private void insert(AuditRecord record) {
    JsonObjectBuilder details = Jsons.createObjectBuilder();
    new TreeMap<>(record.details()).forEach(details::add);
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into audit_entry (occurred_at, actor_id, actor, action, target, outcome,"
                    + " details) values (?, ?, ?, ?, ?, ?, cast(? as jsonb))")) {
      insert.setObject(1, record.occurredAt().atOffset(java.time.ZoneOffset.UTC));
      if (record.actorId() == null) {
        insert.setNull(2, Types.BIGINT);
      } else {
        insert.setLong(2, record.actorId());
      }
      insert.setString(3, record.actor());
      insert.setString(4, record.action());
      insert.setString(5, record.target());
      insert.setString(6, record.outcome().name());
      insert.setString(7, details.build().toString());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail could not be written", e);
    }
  }

  @Override
  public Optional<WrittenEntry> lastOf(String action, Instant since) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                // by the time index: the action's entries are looked for among that period's only
                "select occurred_at, outcome, details::text from audit_entry where occurred_at >= ?"
                    + " and action = ? order by occurred_at desc, id desc limit 1")) {
      select.setObject(1, since.atOffset(java.time.ZoneOffset.UTC));
      select.setString(2, action);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Map<String, String> details = new TreeMap<>();
        try (var reader = Jsons.createReader(new StringReader(rs.getString(3)))) {
          reader
              .readObject()
              .forEach(
                  (key, value) ->
                      details.put(
                          key,
                          value instanceof JsonString text ? text.getString() : value.toString()));
        }
        return Optional.of(
            new WrittenEntry(
                rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), details));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail could not be read", e);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealPending() {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
        lock.setLong(1, SEALER_LOCK);
        try (ResultSet rs = lock.executeQuery()) {
          if (!rs.next() || !rs.getBoolean(1)) {
            return 0; // another sealer is at work
          }
        }
      }
      long seq = 0;
      String previous = GENESIS;
      try (PreparedStatement last =
              c.prepareStatement(
                  "select seq, hash from audit_entry where seq is not null order by seq desc limit 1");
          ResultSet rs = last.executeQuery()) {
        if (rs.next()) {
          seq = rs.getLong(1);
          previous = rs.getString(2);
        }
      }
      List<Object[]> sealed = new ArrayList<>();
      try (PreparedStatement pending =
          c.prepareStatement(
              "select " + FIELDS + " from audit_entry where seq is null order by id limit ?")) {
        pending.setInt(1, SEAL_BATCH);
        try (ResultSet rs = pending.executeQuery()) {
          while (rs.next()) {
            seq++;
            String hash = link(previous, seq, rs);
            sealed.add(new Object[] {seq, previous, hash, rs.getLong("id")});
            previous = hash;
          }
        }
      }
      try (PreparedStatement update =
          c.prepareStatement(
              "update audit_entry set seq = ?, previous_hash = ?, hash = ? where id = ?")) {
        for (Object[] row : sealed) {
          update.setLong(1, (Long) row[0]);
          update.setString(2, (String) row[1]);
          update.setString(3, (String) row[2]);
          update.setLong(4, (Long) row[3]);
          update.addBatch();
        }
        update.executeBatch();
      }
      return sealed.size();
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail could not be sealed", e);
    }
  }

  /**
   * Outside any transaction, a part of the chain at a time: a national trail holds tens of millions
   * of entries, more than one transaction may read before it times out.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainCheck verify(java.util.function.LongConsumer progress) {
    try (Connection c = dataSource.getConnection()) {
      // Servers check one after the other: each check reads the whole trail
      advisory(c, "select pg_advisory_lock(?)");
      try {
        return verify(c, progress);
      } finally {
        advisory(c, "select pg_advisory_unlock(?)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail could not be read", e);
    }
  }

  private static void advisory(Connection c, String sql) throws SQLException {
    try (PreparedStatement lock = c.prepareStatement(sql)) {
      lock.setLong(1, CHECK_LOCK);
      lock.execute();
    }
  }

  private ChainCheck verify(Connection c, java.util.function.LongConsumer progress)
      throws SQLException {
    {
      long count = 0;
      long expectedSeq = 0;
      String previous = GENESIS;
      Long broken = null;
      long unsealed;
      try (PreparedStatement part =
          c.prepareStatement(
              "select "
                  + FIELDS
                  + ", seq, previous_hash, hash from audit_entry where seq > ? order by seq"
                  + " limit "
                  + VERIFIED_PART)) {
        for (long read = VERIFIED_PART; read == VERIFIED_PART; ) {
          read = 0;
          part.setLong(1, expectedSeq);
          try (ResultSet rs = part.executeQuery()) {
            while (rs.next()) {
              read++;
              count++;
              expectedSeq++;
              long seq = rs.getLong("seq");
              String hash = rs.getString("hash");
              if (broken == null
                  && (seq != expectedSeq
                      || !previous.equals(rs.getString("previous_hash"))
                      || !link(previous, seq, rs).equals(hash))) {
                broken = seq;
              }
              // a gap in the numbers is counted as broken above; the next part goes on after it
              expectedSeq = seq;
              previous = hash;
            }
          }
          progress.accept(read);
        }
      }
      try (PreparedStatement open =
              c.prepareStatement("select count(*) from audit_entry where seq is null");
          ResultSet rs = open.executeQuery()) {
        rs.next();
        unsealed = rs.getLong(1);
      }
      return new ChainCheck(count, unsealed, broken, previous);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<SealedEntry> entries(Instant from, Instant to, long afterSeq, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "select "
                    + FIELDS
                    + ", seq, previous_hash, hash from audit_entry where seq > ?"
                    + " and occurred_at >= ? and occurred_at < ? order by seq limit ?")) {
      query.setLong(1, afterSeq);
      query.setObject(2, from.atOffset(java.time.ZoneOffset.UTC));
      query.setObject(3, to.atOffset(java.time.ZoneOffset.UTC));
      query.setInt(4, limit);
      List<SealedEntry> entries = new ArrayList<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          entries.add(
              new SealedEntry(
                  rs.getLong("seq"),
                  occurredAt(rs),
                  (Long) rs.getObject("actor_id"),
                  rs.getString("actor"),
                  rs.getString("action"),
                  rs.getString("target"),
                  rs.getString("outcome"),
                  rs.getString("details"),
                  rs.getString("previous_hash"),
                  rs.getString("hash")));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IllegalStateException("the audit trail could not be read", e);
    }
  }

  /** How many links are read at a time when the chain is checked. */
  static final int VERIFIED_PART = 20_000;

  private static final String FIELDS =
      "id, occurred_at, actor_id, actor, action, target, outcome, details::text as details";

  private static Instant occurredAt(ResultSet rs) throws SQLException {
    return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
  }

  /** The hash of an entry, which covers the previous hash and so every entry before it. */
  static String link(String previous, long seq, ResultSet rs) throws SQLException {
    return HashChain.link(
        previous,
        seq,
        rs.getLong("id"),
        occurredAt(rs),
        rs.getObject("actor_id"),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("target"),
        rs.getString("outcome"),
        rs.getString("details"));
  }
}
