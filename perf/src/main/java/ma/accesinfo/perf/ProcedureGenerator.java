package ma.accesinfo.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Gives every generated open request its running procedure, as the server would have started it on
 * filing: the engine's rows of one procedure the server really started (the template, a request
 * filed over HTTP) are copied inside PostgreSQL, in one set-based statement per engine table, once
 * for each open request that has none. The copies differ from the template where the server's
 * would: new ids (derived from the template's and the request's id), the request's business key, id
 * and body (variables and the officers' candidate group), and the request's own dates — the reply
 * period's timer and variable at the end of its due date, the officers' reminder as far before it
 * as the template's (and never in the past while the deadline is not), every other instant moved by
 * the time between the two receipts.
 *
 * <p>Only the engine's runtime and history tables holding the template's rows are copied, so that
 * the copies follow the engine's schema as it is; a template using stored byte arrays is refused.
 */
public final class ProcedureGenerator {

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final String LAW_ZONE = "Africa/Casablanca";

  private ProcedureGenerator() {}

  /**
   * @param template the reference of a running request whose procedure the server started
   * @return how many procedures were made
   */
  public static int procedures(DataSource dataSource, String template) throws SQLException {
    return procedures(dataSource, template, null);
  }

  /**
   * @param template the reference of a running request whose procedure the server started
   * @param only the references of the open requests to give it to, or null for all of them
   * @return how many procedures were made
   */
  public static int procedures(DataSource dataSource, String template, List<String> only)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      String instance;
      String body;
      try (PreparedStatement s =
          c.prepareStatement(
              "select r.process_instance_id, b.code from information_request r join body b on"
                  + " b.id = r.body_id where r.reference = ?")) {
        s.setString(1, template);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next() || rs.getString(1) == null) {
            throw new IllegalArgumentException(template + " has no procedure to copy");
          }
          instance = rs.getString(1);
          body = rs.getString(2);
        }
      }
      List<String> tables = tablesHolding(c, instance);
      Set<String> ids = idsOf(c, tables, instance);
      try (PreparedStatement s =
          c.prepareStatement(
              ("create temp table procedure_target on commit drop as"
                      + " select r.id as request_id, r.reference, b.code as body_code,"
                      + " d.deadline - v.deadline as shift_ms,"
                      + " greatest(v.reminder + d.deadline - v.deadline, least(d.now + 3600000,"
                      + "   d.deadline)) - v.reminder as reminder_shift_ms,"
                      + " (extract(epoch from r.received_at - t.received_at) * 1000)::bigint as age_ms"
                      + " from information_request r join body b on b.id = r.body_id"
                      + " cross join (select received_at from information_request where reference"
                      + "   = ?) t"
                      + " cross join (select max(long_) filter (where name_ = 'replyDeadline') as"
                      + "   deadline, max(long_) filter (where name_ = 'nextReminderAt') as reminder"
                      + "   from act_ru_variable where proc_inst_id_ = ?) v,"
                      + " lateral (select (extract(epoch from (r.due_date + 1)::timestamp at time"
                      + "   zone '%s') * 1000)::bigint as deadline, (extract(epoch from now()) *"
                      + "   1000)::bigint as now) d"
                      + " where r.process_instance_id is null and r.status = 'AWAITING_RESPONSE'"
                      + " and (?::varchar[] is null or r.reference = any(?::varchar[]))")
                  .formatted(LAW_ZONE))) {
        s.setString(1, template);
        s.setString(2, instance);
        java.sql.Array references =
            only == null ? null : c.createArrayOf("varchar", only.toArray());
        s.setArray(3, references);
        s.setArray(4, references);
        s.executeUpdate();
      }
      int made;
      try (Statement s = c.createStatement()) {
        String idArray = "array['" + String.join("', '", ids) + "']";
        for (String table : tables) {
          s.executeUpdate(copy(c, table, instance, idArray, body));
        }
        made =
            s.executeUpdate(
                "update information_request r set process_instance_id = "
                    + newId("'" + instance + "'")
                    + " from procedure_target g where g.request_id = r.id");
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        c.setAutoCommit(true);
        for (String table : tables) {
          s.execute("analyze " + table);
        }
      }
      return made;
    }
  }

  /** The engine's tables holding rows of the template, parents before children. */
  private static List<String> tablesHolding(Connection c, String instance) throws SQLException {
    List<String> tables = new ArrayList<>();
    for (String table :
        List.of(
            "act_ru_execution",
            "act_ru_task",
            "act_ru_identitylink",
            "act_ru_variable",
            "act_ru_job",
            "act_ru_event_subscr",
            "act_ru_incident",
            "act_hi_procinst",
            "act_hi_actinst",
            "act_hi_taskinst",
            "act_hi_varinst",
            "act_hi_identitylink",
            "act_hi_detail",
            "act_hi_job_log",
            "act_hi_op_log")) {
      if (owned(c, table) == null) {
        continue;
      }
      if (count(c, "select count(*) from " + table + " t where " + owned(c, table), instance) > 0) {
        tables.add(table);
      }
    }
    if (count(
            c,
            "select count(*) from act_ru_variable where proc_inst_id_ = ? and bytearray_id_ is not"
                + " null",
            instance)
        > 0) {
      throw new IllegalArgumentException("the template's procedure stores byte arrays");
    }
    return tables;
  }

  /** The count a query answers, its one parameter the template's instance id. */
  private static long count(Connection c, String sql, String instance) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, instance);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * The condition (one parameter: the instance's id) for a table's rows of one procedure, or null
   * for a table (of this engine's version) that does not hold them.
   */
  private static String owned(Connection c, String table) throws SQLException {
    if (table.equals("act_ru_identitylink")) {
      return "t.task_id_ in (select id_ from act_ru_task where proc_inst_id_ = ?)";
    }
    Map<String, String> columns = columns(c, table);
    for (String column : List.of("process_instance_id_", "proc_inst_id_")) {
      if (columns.containsKey(column)) {
        return "t." + column + " = ?";
      }
    }
    return null;
  }

  /**
   * The ids the template's rows were given by the engine (their own, and the activity instances'),
   * each the UUID it ends with: every column ending with one of them is a reference within the
   * procedure and is renamed in the copies; the process definition's and deployment's ids are not.
   */
  private static Set<String> idsOf(Connection c, List<String> tables, String instance)
      throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    for (String table : tables) {
      List<String> columns = new ArrayList<>(List.of("id_"));
      if (columns(c, table).containsKey("act_inst_id_")) {
        columns.add("act_inst_id_");
      }
      for (String column : columns) {
        try (PreparedStatement s =
            c.prepareStatement(
                "select t." + column + " from " + table + " t where " + owned(c, table))) {
          s.setString(1, instance);
          try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
              String id = rs.getString(1);
              if (id != null
                  && id.length() >= 36
                  && UUID.matcher(id.substring(id.length() - 36)).matches()) {
                ids.add(id.substring(id.length() - 36));
              }
            }
          }
        }
      }
    }
    if (!ids.contains(instance)) {
      throw new IllegalArgumentException("the engine's ids are not UUIDs: " + instance);
    }
    return ids;
  }

  private static String copy(Connection c, String table, String instance, String ids, String body)
      throws SQLException {
    Map<String, String> columns = columns(c, table);
    boolean variables = columns.containsKey("name_") && columns.containsKey("long_");
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      values.add(value(table, column.getKey(), column.getValue(), variables, ids, body));
    }
    return "insert into "
        + table
        + " ("
        + String.join(", ", columns.keySet())
        + ") select "
        + String.join(", ", values)
        + " from "
        + table
        + " t cross join procedure_target g where "
        + owned(c, table).replace("?", "'" + instance + "'");
  }

  private static String value(
      String table, String column, String type, boolean variables, String ids, String body) {
    String t = "t." + column;
    if (column.equals("business_key_")) {
      return "case when " + t + " is not null then g.reference end";
    }
    if (column.equals("group_id_")) {
      return "replace(" + t + ", '-" + body + "', '-' || g.body_code)";
    }
    if (variables && column.equals("long_")) {
      return "case when t.name_ = 'requestId' then g.request_id when t.name_ = 'nextReminderAt'"
          + " then t.long_ + g.reminder_shift_ms when t.name_ = 'replyDeadline' then t.long_ +"
          + " g.shift_ms else t.long_ end";
    }
    if (variables && column.equals("text_")) {
      return "case when t.name_ = 'requestId' then g.request_id::text when t.name_ = 'bodyCode'"
          + " then g.body_code else t.text_ end";
    }
    if (column.equals("duedate_") && table.equals("act_ru_job")) {
      return t
          + " + case when t.handler_cfg_ = 'reminderDue' then g.reminder_shift_ms else"
          + " g.shift_ms end * interval '1 millisecond'";
    }
    if (type.startsWith("timestamp")) {
      return t + " + g.age_ms * interval '1 millisecond'";
    }
    if (type.equals("character varying") || type.equals("text")) {
      return "case when right("
          + t
          + ", 36) = any("
          + ids
          + ") then left("
          + t
          + ", length("
          + t
          + ") - 36) || "
          + newId("right(" + t + ", 36)")
          + " else "
          + t
          + " end";
    }
    return t;
  }

  /** The copy's id for one of the template's: the same for every reference to it in one copy. */
  private static String newId(String templateId) {
    return "md5(" + templateId + " || ':' || g.request_id)::uuid::text";
  }

  /** The table's columns and their types, in the table's order. */
  private static Map<String, String> columns(Connection c, String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select column_name, data_type from information_schema.columns where table_schema ="
                + " current_schema() and table_name = ? order by ordinal_position")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return columns;
  }
}
