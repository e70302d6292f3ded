package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import ma.accesinfo.application.InputCheck;
import ma.accesinfo.application.StatisticsService;
import ma.accesinfo.application.internal.RecentResults.Result;
import ma.accesinfo.domain.model.body.Body;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.statistics.Statistics.BodyFigures;
import ma.accesinfo.domain.model.statistics.Statistics.Figures;

@Stateless
public class DefaultStatisticsService implements StatisticsService {

  @Inject PublicFigures figures;
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
    Result<Figures> found = figures.of(which, body == null ? null : body.id());
    return new YearFigures(
        body == null ? null : body.code(),
        body == null ? null : body.nameAr(),
        body == null ? null : body.nameFr(),
        found.value(),
        found.computedAt());
  }

  @Override
  public List<BodyFigures> listBodyStatistics(String year) {
    InputCheck check = new InputCheck();
    int which = year(check, year);
    check.done();
    return figures.byBody(which).value();
  }

  private int year(InputCheck check, String year) {
    return Years.checked(check, year, false, law.dayOf(clock.instant()).getYear());
  }
}
