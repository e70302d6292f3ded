package ma.accesinfo.perf;

import java.util.Arrays;

/** Latencies in nanoseconds, kept whole, read as percentiles in milliseconds (nearest rank). */
public final class Latencies {

  private long[] values = new long[1024];
  private int count;
  private boolean sorted;

  public void add(long nanos) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
    }
    values[count++] = nanos;
    sorted = false;
  }

  public void addAll(long[] nanos) {
    for (long n : nanos) {
      add(n);
    }
  }

  public long[] values() {
    return Arrays.copyOf(values, count);
  }

  public int count() {
    return count;
  }

  /** The latency under which {@code p} per cent of the measures fall, in milliseconds. */
  public double percentile(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    sort();
    int rank = (int) Math.ceil(p / 100 * count);
    return values[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
  }

  public double max() {
    return percentile(100);
  }

  private void sort() {
    if (!sorted) {
      Arrays.sort(values, 0, count);
      sorted = true;
    }
  }
}
