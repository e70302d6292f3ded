package ma.accesinfo.infrastructure.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import ma.accesinfo.infrastructure.config.Settings;

/**
 * How much history the process engine writes of its own: a setting ({@code
 * accesinfo.engine-history}, or {@code ACCESINFO_ENGINE_HISTORY}), {@code none} by default.
 *
 * <p>Nothing in the application reads the engine's history: what happened to a request is in its
 * own events and in the audit trail. At the {@code audit} level the engine wrote, for every filing,
 * a row for the procedure, each activity, the task, each variable and its candidate group, and
 * updated them at each step: on a bare engine, starting the procedure went from about 560 to 820 a
 * second at 32 clients without it (docs/performance.md). An installation that wants the engine's
 * own history for its tools sets {@code activity}, {@code audit} or {@code full}.
 */
final class EngineHistory {

  static final String SETTING = "accesinfo.engine-history";

  /** Camunda's levels, in the order of the ids it stores. */
  private static final List<String> LEVELS = List.of("none", "activity", "audit", "full");

  private static final Logger LOG = Logger.getLogger(EngineHistory.class.getName());

  private EngineHistory() {}

  /** The level configured; fails at start on a value that is not one. */
  static String configured() {
    String level = Settings.get(SETTING).orElse("none").toLowerCase(Locale.ROOT);
    if (!LEVELS.contains(level)) {
      throw new IllegalStateException(
          SETTING + " is \"" + level + "\"; it must be one of " + String.join(", ", LEVELS));
    }
    return level;
  }

  /**
   * Records the level in the engine's tables when an earlier start used another one: the engine
   * refuses to start on a database made at another level. History already written stays.
   */
  static void align(Connection c, String level) throws SQLException {
    try (PreparedStatement exists = c.prepareStatement("select to_regclass('act_ge_property')");
        ResultSet rs = exists.executeQuery()) {
      if (!rs.next() || rs.getString(1) == null) {
        return; // a new database: the engine records the level it is given
      }
    }
    String id = String.valueOf(LEVELS.indexOf(level));
    try (PreparedStatement update =
        c.prepareStatement(
            "update act_ge_property set value_ = ? where name_ = 'historyLevel' and value_ <> ?"
                + " returning value_")) {
      update.setString(1, id);
      update.setString(2, id);
      try (ResultSet changed = update.executeQuery()) {
        if (changed.next()) {
          LOG.info("The process engine's history level is now " + level);
        }
      }
    }
  }
}
