package ma.accesinfo.infrastructure.security;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.shared.PersonalDataStore;

/**
 * Re-encryption over plain JDBC, below the entities, so that each stored value is rewritten even
 * though its clear value does not change. Every column the entities seal is listed here.
 */
@Stateless
public class SqlPersonalDataStore implements PersonalDataStore {

  /** The sealed columns of each table. */
  static final List<SealedColumns> SEALED =
      List.of(
          new SealedColumns(
              "account",
              List.of(
                  "national_id",
                  "residence_document_number",
                  "address",
                  "totp_secret",
                  "totp_pending_secret")),
          new SealedColumns(
              "information_request",
              List.of(
                  "requester_address",
                  "requester_national_id",
                  "requester_residence_document_number")));

  record SealedColumns(String table, List<String> columns) {
    String notCurrentCondition() {
      return String.join(
          " or ",
          columns.stream()
              .map(c -> "(" + c + " is not null and left(" + c + ", ?) <> ?)")
              .toList());
    }
  }

  @Resource(lookup = "java:jboss/datasources/PostgreSQLDS")
  DataSource dataSource;

  @Inject AesGcmPersonalDataProtection protection;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Progress resealFrom(Position from, int limit) {
    String prefix = AesGcmPersonalDataProtection.PREFIX + protection.currentKeyId() + ":";
    try (Connection c = dataSource.getConnection()) {
      for (int part = from.part(); part < SEALED.size(); part++) {
        SealedColumns sealed = SEALED.get(part);
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select =
            c.prepareStatement(
                "select id, "
                    + String.join(", ", sealed.columns())
                    + " from "
                    + sealed.table()
                    + " where id > ? and ("
                    + sealed.notCurrentCondition()
                    + ") order by id limit ? for update skip locked")) {
          select.setLong(1, part == from.part() ? from.afterId() : 0);
          int i = bindPrefix(select, sealed, prefix, 2);
          select.setInt(i, limit);
          try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
              Object[] row = new Object[sealed.columns().size() + 1];
              row[0] = rs.getLong(1);
              for (int col = 0; col < sealed.columns().size(); col++) {
                String stored = rs.getString(col + 2);
                row[col + 1] =
                    stored == null || stored.startsWith(prefix)
                        ? stored
                        : protection.seal(protection.open(stored));
              }
              rows.add(row);
            }
          }
        }
        if (rows.isEmpty()) {
          continue;
        }
        try (PreparedStatement update =
            c.prepareStatement(
                "update "
                    + sealed.table()
                    + " set "
                    + String.join(", ", sealed.columns().stream().map(col -> col + " = ?").toList())
                    + " where id = ?")) {
          for (Object[] row : rows) {
            for (int col = 1; col < row.length; col++) {
              update.setString(col, (String) row[col]);
            }
            update.setLong(row.length, (Long) row[0]);
            update.addBatch();
          }
          update.executeBatch();
        }
        return new Progress(rows.size(), new Position(part, (Long) rows.get(rows.size() - 1)[0]));
      }
      return new Progress(0, null);
    } catch (SQLException e) {
      throw new IllegalStateException("personal data could not be sealed again", e);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long notCurrent() {
    String prefix = AesGcmPersonalDataProtection.PREFIX + protection.currentKeyId() + ":";
    long count = 0;
    try (Connection c = dataSource.getConnection()) {
      for (SealedColumns sealed : SEALED) {
        try (PreparedStatement select =
            c.prepareStatement(
                "select count(*) from "
                    + sealed.table()
                    + " where "
                    + sealed.notCurrentCondition())) {
          bindPrefix(select, sealed, prefix, 1);
          try (ResultSet rs = select.executeQuery()) {
            rs.next();
            count += rs.getLong(1);
          }
        }
      }
      return count;
    } catch (SQLException e) {
      throw new IllegalStateException("personal data could not be counted", e);
    }
  }

  @Override
  public String currentKeyId() {
    return protection.currentKeyId();
  }

  /** Binds the current key's prefix to the condition's parameters from {@code i}; the next one. */
  private static int bindPrefix(
      PreparedStatement statement, SealedColumns sealed, String prefix, int i) throws SQLException {
    for (int col = 0; col < sealed.columns().size(); col++) {
      statement.setInt(i++, prefix.length());
      statement.setString(i++, prefix);
    }
    return i;
  }
}
