package ma.accesinfo.it;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The law's time: days and deadlines are counted in Morocco's time zone, whatever the zone of the
 * machine the tests run on (an hour before midnight in UTC it is already the next day there).
 */
final class LawTime {

  static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

  private LawTime() {}

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
