package ma.accesinfo.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import ma.accesinfo.application.internal.RecentResults.Result;
import ma.accesinfo.domain.model.statistics.Statistics;
import ma.accesinfo.domain.model.statistics.Statistics.BodyFigures;
import ma.accesinfo.domain.model.statistics.Statistics.Figures;

/**
 * The public statistics, kept for {@link #FRESH_FOR}: a year's national figures take one pass over
 * the year's requests (seconds at national scale), and the page is open to anyone, as often as they
 * like. Each figure shown is at most that old, and says when it was computed.
 */
@ApplicationScoped
public class PublicFigures {

  static final Duration FRESH_FOR = Duration.ofMinutes(5);

  /** A year and a body (null: the whole country). */
  private record Key(int year, Long bodyId) {}

  @Inject Statistics statistics;
  @Inject Clock clock;

  private RecentResults<Key, Figures> figures;
  private RecentResults<Integer, List<BodyFigures>> byBody;

  @PostConstruct
  void start() {
    figures = new RecentResults<>(FRESH_FOR, clock);
    byBody = new RecentResults<>(FRESH_FOR, clock);
  }

  /** The year's figures, for one body or (null) the whole country. */
  public Result<Figures> of(int year, Long bodyId) {
    return figures.get(new Key(year, bodyId), () -> statistics.of(year, bodyId));
  }

  /** The year's main figures body by body. */
  public Result<List<BodyFigures>> byBody(int year) {
    return byBody.get(year, () -> List.copyOf(statistics.byBody(year)));
  }
}
