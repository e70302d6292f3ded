package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.util.List;
import ma.accesinfo.domain.model.statistics.Statistics.BodyFigures;
import ma.accesinfo.domain.model.statistics.Statistics.Figures;

/** Live statistics of the right of access, for anyone: national, per body, per year. */
@Local
public interface StatisticsService {

  /**
   * The year's figures (the current year when none is given), for one body or, without a body code,
   * for the whole country.
   */
  YearFigures findStatistics(String year, String bodyCode);

  /** The year's main figures body by body. */
  List<BodyFigures> listBodyStatistics(String year);

  /**
   * @param bodyCode null for national figures
   */
  record YearFigures(String bodyCode, String bodyNameAr, String bodyNameFr, Figures figures) {}
}
