package ma.accesinfo.application.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of costly reads kept for a while, for pages anyone may open as often as they like: a
 * result is computed at most once per key while it is fresh, whoever asks; once it is stale, the
 * first to ask computes it again while the others are answered with the previous one; callers
 * asking for a key never computed wait for the one computing it. A failure is not kept.
 *
 * @param <K> what a result is for
 * @param <V> the result
 */
public final class RecentResults<K, V> {

  /** A result and when it was computed. */
  public record Result<V>(V value, Instant computedAt) {}

  /** Past this many keys, results gone stale are forgotten. */
  static final int KEPT = 5_000;

  private final Duration freshFor;
  private final Clock clock;
  private final Map<K, Result<V>> results = new ConcurrentHashMap<>();
  private final Map<K, CompletableFuture<Result<V>>> computing = new ConcurrentHashMap<>();

  public RecentResults(Duration freshFor, Clock clock) {
    this.freshFor = freshFor;
    this.clock = clock;
  }

  /** The result for the key, computed by {@code compute} unless a fresh one is kept. */
  public Result<V> get(K key, Supplier<V> compute) {
    Result<V> kept = results.get(key);
    if (kept != null && fresh(kept)) {
      return kept;
    }
    CompletableFuture<Result<V>> mine = new CompletableFuture<>();
    CompletableFuture<Result<V>> other = computing.putIfAbsent(key, mine);
    if (other != null) {
      return kept != null ? kept : await(other);
    }
    try {
      // Another caller may have computed it between the first look and now
      Result<V> meanwhile = results.get(key);
      if (meanwhile != null && fresh(meanwhile)) {
        mine.complete(meanwhile);
        return meanwhile;
      }
      Result<V> computed = new Result<>(compute.get(), clock.instant());
      if (results.size() >= KEPT) {
        results.values().removeIf(r -> !fresh(r));
      }
      results.put(key, computed);
      mine.complete(computed);
      return computed;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      computing.remove(key, mine);
    }
  }

  private boolean fresh(Result<V> result) {
    return result.computedAt().plus(freshFor).isAfter(clock.instant());
  }

  private static <V> Result<V> await(CompletableFuture<Result<V>> other) {
    try {
      return other.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }
}
