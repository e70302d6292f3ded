package ma.accesinfo.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts working days the way a person checking the law would: Monday to Friday, minus the holidays
 * and closures the public calendar lists. Tests compare the server's dates with it.
 */
final class LegalCalendarOracle {

  private final Api api;
  private final Set<LocalDate> daysOff = new HashSet<>();
  private final Set<Integer> loaded = new HashSet<>();

  LegalCalendarOracle(Api api) {
    this.api = api;
  }

  boolean isWorkingDay(LocalDate day) {
    if (loaded.add(day.getYear())) {
      Api.Reply year = api.get(Api.Caller.ANONYMOUS, "/api/v1/calendar/" + day.getYear());
      Api.expect(year, 200);
      for (JsonNode d : year.json().get("days")) {
        daysOff.add(LocalDate.parse(d.get("date").asText()));
      }
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !daysOff.contains(day);
  }

  /** The day {@code count} working days after {@code start}, which is not counted. */
  LocalDate plusWorkingDays(LocalDate start, int count) {
    LocalDate day = start;
    int counted = 0;
    while (counted < count) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  LocalDate nextWorkingDayFrom(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }
}
