package ma.accesinfo.application.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.report.AnnualReportArchive.NewFile;
import ma.accesinfo.domain.model.statistics.Statistics;
import ma.accesinfo.infrastructure.persistence.jpa.BenchmarkAdapters;
import ma.accesinfo.perf.BenchmarkDatabase;
import ma.accesinfo.perf.RequestGenerator;
import ma.accesinfo.perf.TimedDataSource;

/**
 * The national annual report over a million requests, made by the very code the server runs in the
 * background ({@link AnnualReportMaking#input} and {@link AnnualReportMaking#files}, on {@code
 * SqlStatistics}), on a real PostgreSQL 17 started for the run: the figures of the year and of the
 * year before, then the PDF and XLSX in Arabic and French and the CSV. Run in a JVM whose heap is
 * capped (the command gives 512 MB), it records the time of each making and the peak of the heap in
 * use.
 */
public final class AnnualReportBenchmark {

  static final int REQUESTS = Integer.getInteger("requests", 1_000_000);
  static final int PREVIOUS = Integer.getInteger("previous", REQUESTS / 5);
  static final int RUNS = Integer.getInteger("runs", 5);
  static final int YEAR = 2025;

  private AnnualReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    Path data = target.resolve("benchmark-postgres-requests");
    try (BenchmarkDatabase database = BenchmarkDatabase.start(data)) {
      DataSource dataSource = database.dataSource();
      boolean reuse = database.reused();
      long loading = System.nanoTime();
      if (!reuse) {
        RequestGenerator.requests(dataSource, YEAR - 1, PREVIOUS, 0);
        RequestGenerator.requests(dataSource, YEAR, REQUESTS, 0);
      }
      double loadSeconds = (System.nanoTime() - loading) / 1e9;
      String counts = counts(dataSource);

      Statistics statistics =
          BenchmarkAdapters.statistics(
              Boolean.getBoolean("trace") ? TimedDataSource.wrap(dataSource) : dataSource);
      AccessLaw law = AccessLaw.LAW_31_13;
      LocalDate today = LocalDate.of(YEAR + 1, 3, 1);
      double[] figures = new double[RUNS];
      double[] files = new double[RUNS];
      double[] total = new double[RUNS];
      long bytes = 0;
      long peak = 0;
      // One making to warm up, not counted
      make(statistics, law, today);
      for (int i = 0; i < RUNS; i++) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        AnnualReportWriter.Input input =
            AnnualReportMaking.input(statistics, i, YEAR, null, null, null, today, () -> {});
        long half = System.nanoTime();
        List<NewFile> made =
            AnnualReportMaking.files(
                input, "annual-report-" + YEAR + "-national", law, (p, s) -> {});
        long end = System.nanoTime();
        peak = Math.max(peak, peakHeap());
        figures[i] = (half - start) / 1e9;
        files[i] = (end - half) / 1e9;
        total[i] = (end - start) / 1e9;
        bytes = made.stream().mapToLong(f -> f.content().length).sum();
        if (i == 0) {
          for (NewFile file : made) {
            Files.write(target.resolve(file.name()), file.content());
          }
        }
      }
      long max = Runtime.getRuntime().maxMemory();
      Arrays.sort(total);
      String report =
          String.format(
                  Locale.ROOT,
                  "National annual report for %d over %,d requests received that year (and %,d"
                      + " the year before), %s; loaded in %.0f s. Heap capped at %d MB.%n%n",
                  YEAR,
                  REQUESTS,
                  PREVIOUS,
                  counts,
                  loadSeconds,
                  max / (1024 * 1024))
              + "| making | median s | slowest s |\n|---|---:|---:|\n"
              + String.format(
                  Locale.ROOT,
                  "| figures of the year and the year before (SQL) | %.2f | %.2f |%n",
                  median(figures),
                  Arrays.stream(figures).max().orElse(0))
              + String.format(
                  Locale.ROOT,
                  "| PDF and XLSX in Arabic and French, and the CSV | %.2f | %.2f |%n",
                  median(files),
                  Arrays.stream(files).max().orElse(0))
              + String.format(
                  Locale.ROOT,
                  "| the whole report | %.2f | %.2f |%n%n",
                  median(total),
                  total[total.length - 1])
              + String.format(
                  Locale.ROOT,
                  "Peak heap in use while making (after a collection before each run; the sum of the"
                      + " heap pools' peaks, an upper bound): %d MB;"
                      + " the five files weigh %,d bytes; %d makings measured after one of"
                      + " warm-up.%n",
                  peak / (1024 * 1024),
                  bytes,
                  RUNS);
      System.out.println(report);
      Files.writeString(target.resolve("annual-report.md"), report);
    }
  }

  private static void make(Statistics statistics, AccessLaw law, LocalDate today) {
    AnnualReportWriter.Input input =
        AnnualReportMaking.input(statistics, 0, YEAR, null, null, null, today, () -> {});
    AnnualReportMaking.files(input, "warm-up", law, (p, s) -> {});
  }

  private static String counts(DataSource dataSource) throws Exception {
    return BenchmarkDatabase.one(
        dataSource,
        "select (select count(*) from information_request), (select count(*) from"
            + " information_request where closed_at is null), (select count(*) from"
            + " head_complaint), (select count(*) from commission_complaint), (select"
            + " count(*) from request_exemption)",
        row ->
            String.format(
                Locale.ROOT,
                "%,d requests in all, %,d of them open, %,d complaints to heads, %,d to the"
                    + " Commission, %,d exemptions cited",
                row.getLong(1),
                row.getLong(2),
                row.getLong(3),
                row.getLong(4),
                row.getLong(5)));
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since they were last reset. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
