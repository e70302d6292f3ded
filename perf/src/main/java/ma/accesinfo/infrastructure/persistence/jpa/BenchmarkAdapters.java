package ma.accesinfo.infrastructure.persistence.jpa;

import javax.sql.DataSource;
import ma.accesinfo.domain.model.statistics.Statistics;

/** The server's SQL adapters, wired by hand to a benchmark's database. */
public final class BenchmarkAdapters {

  private BenchmarkAdapters() {}

  public static Statistics statistics(DataSource dataSource) {
    SqlStatistics statistics = new SqlStatistics();
    statistics.dataSource = dataSource;
    return statistics;
  }
}
