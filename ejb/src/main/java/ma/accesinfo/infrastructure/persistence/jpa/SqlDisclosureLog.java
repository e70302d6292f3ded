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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.openness.DisclosureLog;

/**
 * The disclosure log over plain JDBC and PostgreSQL text search: one GIN index over a vector that
 * holds every text stemmed in Arabic and in French, queried with both dictionaries at once.
 */
@Stateless
public class SqlDisclosureLog implements DisclosureLog {

  /** How many of the most recent matches relevance ranks. */
  static final int RANKED_WINDOW = 2_000;

  private static final String QUERY =
      "(websearch_to_tsquery('accesinfo_french', ?) || websearch_to_tsquery('arabic', ?))";

  @Resource(lookup = "java:jboss/datasources/PostgreSQLDS")
  DataSource dataSource;

  @Override
  public void publish(NewEntry e) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into disclosure_entry (request_id, body_id, published_at, decided_on,"
                    + " resolution, pseudonym, language, subject, request_text, answer,"
                    + " withheld_parts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    // Information released later on a complaint replaces the earlier answer
                    + " on conflict (request_id) do update set published_at ="
                    + " excluded.published_at, decided_on = excluded.decided_on, resolution ="
                    + " excluded.resolution, answer = excluded.answer, withheld_parts ="
                    + " excluded.withheld_parts")) {
      insert.setLong(1, e.requestId());
      insert.setLong(2, e.bodyId());
      insert.setTimestamp(3, Timestamp.from(e.publishedAt()));
      insert.setDate(4, Date.valueOf(e.decidedOn()));
      insert.setString(5, e.resolution());
      insert.setString(6, e.pseudonym());
      insert.setString(7, e.language());
      insert.setString(8, e.subject());
      insert.setString(9, e.requestText());
      insert.setString(10, e.answer());
      insert.setString(11, e.withheldParts());
      insert.executeUpdate();
    } catch (SQLException ex) {
      throw new IllegalStateException("the disclosure log could not be written", ex);
    }
  }

  @Override
  public Page search(Filter filter, int offset, int limit) {
    boolean words = filter.words() != null && !filter.words().isBlank();
    StringBuilder where = new StringBuilder(" where true");
    List<Object> parameters = new ArrayList<>();
    if (words) {
      where.append(" and e.search @@ ").append(QUERY);
      parameters.add(filter.words());
      parameters.add(filter.words());
    }
    if (filter.bodyCode() != null) {
      where.append(" and e.body_id = (select id from body where code = ?)");
      parameters.add(filter.bodyCode());
    }
    if (filter.year() != null) {
      where.append(" and e.decided_on >= ? and e.decided_on < ?");
      parameters.add(Date.valueOf(filter.year() + "-01-01"));
      parameters.add(Date.valueOf((filter.year() + 1) + "-01-01"));
    }
    String from = " from disclosure_entry e join body b on b.id = e.body_id";
    // With words, relevance ranks the most recent matches only: walking the newest entries first
    // finds them fast even for a word in every other entry, and ranking stays bounded.
    String page =
        words
            ? "select c.id, ts_rank(c.search, "
                + QUERY
                + ") as rank, count(*) over () as matches from (select e.id, e.search,"
                + " e.decided_on"
                + from
                + where
                + " order by e.decided_on desc, e.id desc limit "
                + RANKED_WINDOW
                + ") c order by rank desc, c.decided_on desc, c.id desc offset ? limit ?"
            : "select e.id, 0 as rank, 0 as matches"
                + from
                + where
                + " order by e.decided_on desc, e.id desc"
                + " offset ? limit ?";
    // The page first, then the excerpts of its entries only: highlighting is the costly part.
    String sql =
        "select e.*, b.code, b.name_ar, b.name_fr,"
            + " (select count(*) from release_document d where d.request_id = e.request_id"
            + " and d.gate_status <> 'BLOCKED') as documents, "
            + (words
                ? "ts_headline(case when e.language = 'ar' then 'arabic'::regconfig"
                    + " else 'accesinfo_french'::regconfig end, e.answer, "
                    + QUERY
                    + ", 'MaxWords=30, MinWords=12, StartSel=«, StopSel=»')"
                : "null")
            + " as excerpt, p.matches from ("
            + page
            + ") p join disclosure_entry e on e.id = p.id join body b on b.id = e.body_id"
            + " order by p.rank desc, e.decided_on desc, e.id desc";
    try (Connection c = dataSource.getConnection()) {
      List<Entry> entries = new ArrayList<>();
      long matches = 0;
      try (PreparedStatement select = c.prepareStatement(sql)) {
        int i = 1;
        if (words) {
          // In the order they appear: the excerpt's query, then the rank's
          for (int q = 0; q < 4; q++) {
            select.setString(i++, filter.words());
          }
        }
        for (Object p : parameters) {
          select.setObject(i++, p);
        }
        select.setInt(i++, offset);
        select.setInt(i++, limit);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            entries.add(entry(rs));
            matches = rs.getLong("matches");
          }
        }
      }
      if (words) {
        // The ranked matches were counted with the page: no second pass over the index
        long total = entries.isEmpty() ? 0 : matches;
        return new Page(entries, total, total >= RANKED_WINDOW);
      }
      long total;
      try (PreparedStatement count =
          c.prepareStatement(
              "select count(*) from (select 1" + from + where + " limit " + COUNT_CAP + ") x")) {
        int i = 1;
        for (Object p : parameters) {
          count.setObject(i++, p);
        }
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      return new Page(entries, total, total >= COUNT_CAP);
    } catch (SQLException e) {
      throw new IllegalStateException("the disclosure log could not be read", e);
    }
  }

  @Override
  public Long export(Filter filter, long afterId, int limit, Consumer<Entry> sink) {
    StringBuilder sql =
        new StringBuilder(
            "select e.*, b.code, b.name_ar, b.name_fr,"
                + " (select count(*) from release_document d where d.request_id = e.request_id"
                + " and d.gate_status <> 'BLOCKED') as documents, null as excerpt"
                + " from disclosure_entry e join body b on b.id = e.body_id where e.id > ?");
    List<Object> parameters = new ArrayList<>();
    parameters.add(afterId);
    if (filter.bodyCode() != null) {
      sql.append(" and b.code = ?");
      parameters.add(filter.bodyCode());
    }
    if (filter.year() != null) {
      sql.append(" and e.decided_on >= ? and e.decided_on < ?");
      parameters.add(Date.valueOf(filter.year() + "-01-01"));
      parameters.add(Date.valueOf((filter.year() + 1) + "-01-01"));
    }
    sql.append(" order by e.id limit ?");
    parameters.add(limit);
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql.toString())) {
      // Inside the caller's transaction the driver reads with a cursor, a batch at a time
      select.setFetchSize(1_000);
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      Long last = null;
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Entry entry = entry(rs);
          sink.accept(entry);
          last = entry.id();
        }
      }
      return last;
    } catch (SQLException e) {
      throw new IllegalStateException("the disclosure log could not be read", e);
    }
  }

  @Override
  public Optional<Entry> find(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select e.*, b.code, b.name_ar, b.name_fr,"
                    + " (select count(*) from release_document d where d.request_id ="
                    + " e.request_id and d.gate_status <> 'BLOCKED') as documents,"
                    + " null as excerpt from disclosure_entry e join body b on b.id = e.body_id"
                    + " where e.id = ?")) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the disclosure log could not be read", e);
    }
  }

  @Override
  public List<PublishedDocument> documents(long entryId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select d.id, d.file_name, d.media_type, d.size_bytes, d.sha256"
                    + " from release_document d join disclosure_entry e"
                    + " on e.request_id = d.request_id where e.id = ?"
                    + " and d.gate_status <> 'BLOCKED' order by d.id")) {
      select.setLong(1, entryId);
      List<PublishedDocument> documents = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          documents.add(
              new PublishedDocument(
                  rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
        }
      }
      return documents;
    } catch (SQLException e) {
      throw new IllegalStateException("the disclosure log could not be read", e);
    }
  }

  @Override
  public List<BodyMatch> bodiesAnswering(String words, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select b.code, count(*) from disclosure_entry e join body b on b.id = e.body_id"
                    + " where b.active and e.search @@ "
                    + QUERY
                    + " group by b.code order by count(*) desc, b.code limit ?")) {
      select.setString(1, words);
      select.setString(2, words);
      select.setInt(3, limit);
      List<BodyMatch> found = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          found.add(new BodyMatch(rs.getString(1), rs.getLong(2)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("the disclosure log could not be read", e);
    }
  }

  @Override
  public Optional<Long> requestOf(long entryId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("select request_id from disclosure_entry where id = ?")) {
      select.setLong(1, entryId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the disclosure log could not be read", e);
    }
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    return new Entry(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name_ar"),
        rs.getString("name_fr"),
        rs.getDate("decided_on").toLocalDate(),
        rs.getString("resolution"),
        rs.getString("pseudonym"),
        rs.getString("language"),
        rs.getString("subject"),
        rs.getString("request_text"),
        rs.getString("answer"),
        rs.getString("withheld_parts"),
        rs.getInt("documents"),
        rs.getString("excerpt"));
  }
}
