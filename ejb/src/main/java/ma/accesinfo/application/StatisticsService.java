package ma.accesinfo.application;

import jakarta.ejb.Local;
import java.util.List;
import ma.accesinfo.domain.model.statistics.Statistics.BodyFigures;
import ma.accesinfo.domain.model.statistics.Statistics.Figures;

/**
 * Statistics of the right of access, for anyone: national, per body, per year; computed from the
 * requests, and kept a few minutes (each says when it was computed).
 */
@Local
public interface StatisticsService {

  /**
   * The year's figures (the current year when none is given), for one body or, without a body code,
   * for the whole country.
   */
  YearFigures findStatistics(String year, String bodyCode);

  /** The year's main figures body by body (kept a few minutes, as the year's figures are). */
  List<BodyFigures> listBodyStatistics(String year);

  /**
   * @param bodyCode null for national figures
   * @param asOf when the figures were computed
   */
  record YearFigures(
      String bodyCode,
      String bodyNameAr,
      String bodyNameFr,
      Figures figures,
      java.time.Instant asOf) {}
}
