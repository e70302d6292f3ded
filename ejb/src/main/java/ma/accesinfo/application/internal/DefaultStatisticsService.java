package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.StatisticsService;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.statistics.Statistics;
import ma.accesinfo.domain.model.statistics.Statistics.BodyFigures;

@Stateless
public class DefaultStatisticsService implements StatisticsService {

  /** The law came into force in 2018; the figures start there. */
  private static final int FIRST_YEAR = 2018;

  private static final Pattern YEAR = Pattern.compile("^\\d{4}$");

  @Inject Statistics statistics;
  @Inject BodyLookup bodyLookup;
  @Inject AccessLaw law;
  @Inject Clock clock;

  @Override
  public YearFigures findStatistics(String year, String bodyCode) {
    InputCheck check = new InputCheck();
    int which = year(check, year);
    Body body =
        bodyCode == null || bodyCode.isBlank() ? null : bodyLookup.active(check, "body", bodyCode);
    check.done();
    return new YearFigures(
        body == null ? null : body.code(),
        body == null ? null : body.nameAr(),
        body == null ? null : body.nameFr(),
        statistics.of(which, body == null ? null : body.id()));
  }

  @Override
  public List<BodyFigures> listBodyStatistics(String year) {
    InputCheck check = new InputCheck();
    int which = year(check, year);
    check.done();
    return statistics.byBody(which);
  }

  private int year(InputCheck check, String year) {
    int current = law.dayOf(clock.instant()).getYear();
    String text = check.matching("year", year, false, 4, YEAR, String.valueOf(current));
    if (text == null) {
      return current;
    }
    int value = Integer.parseInt(text);
    if (value < FIRST_YEAR || value > current) {
      check.add("year", "yearOutOfRange", String.valueOf(FIRST_YEAR), String.valueOf(current));
    }
    return value;
  }
}
