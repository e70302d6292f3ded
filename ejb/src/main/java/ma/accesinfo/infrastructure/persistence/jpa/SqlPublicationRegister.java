package ma.accesinfo.infrastructure.persistence.jpa;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.publication.ProactivePublication;
import ma.accesinfo.domain.model.publication.PublicationCategory;
import ma.accesinfo.domain.model.publication.PublicationRegister;
import ma.accesinfo.domain.model.publication.PublicationStatus;

@Stateless
public class SqlPublicationRegister implements PublicationRegister {

  @Resource(lookup = "java:jboss/datasources/PostgreSQLDS")
  DataSource dataSource;

  @Override
  public void declare(ProactivePublication d) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement upsert =
            c.prepareStatement(
                "insert into proactive_publication (body_id, category, status, url, last_updated,"
                    + " note, declared_by, declared_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (body_id, category) do update set status = excluded.status,"
                    + " url = excluded.url, last_updated = excluded.last_updated,"
                    + " note = excluded.note, declared_by = excluded.declared_by,"
                    + " declared_at = excluded.declared_at")) {
      upsert.setLong(1, d.bodyId());
      upsert.setString(2, d.category().name());
      upsert.setString(3, d.status().name());
      upsert.setString(4, d.url());
      upsert.setDate(5, d.lastUpdated() == null ? null : Date.valueOf(d.lastUpdated()));
      upsert.setString(6, d.note());
      upsert.setLong(7, d.declaredBy());
      upsert.setTimestamp(8, Timestamp.from(d.declaredAt()));
      upsert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the publication register could not be written", e);
    }
  }

  @Override
  public List<ProactivePublication> of(long bodyId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("select * from proactive_publication where body_id = ?")) {
      select.setLong(1, bodyId);
      List<ProactivePublication> found = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Date updated = rs.getDate("last_updated");
          found.add(
              new ProactivePublication(
                  bodyId,
                  PublicationCategory.valueOf(rs.getString("category")),
                  PublicationStatus.valueOf(rs.getString("status")),
                  rs.getString("url"),
                  updated == null ? null : updated.toLocalDate(),
                  rs.getString("note"),
                  rs.getLong("declared_by"),
                  rs.getTimestamp("declared_at").toInstant()));
        }
      }
      found.sort(Comparator.comparing(ProactivePublication::category));
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("the publication register could not be read", e);
    }
  }
}
