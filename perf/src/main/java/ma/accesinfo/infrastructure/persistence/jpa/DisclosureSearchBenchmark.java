package ma.accesinfo.infrastructure.persistence.jpa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import ma.accesinfo.domain.model.openness.DisclosureLog;
import ma.accesinfo.perf.BenchmarkDatabase;
import ma.accesinfo.perf.Latencies;

/**
 * The disclosure log's search over a million entries, measured through the very class the server
 * uses ({@link SqlDisclosureLog}) on a real PostgreSQL 17 started for the run, with the schema the
 * migrations make. Half the entries are in Arabic, half in French, each from a vocabulary of public
 * administration so that common words match hundreds of thousands of entries and rare ones a few.
 *
 * <p>Prints the figures as a Markdown table and writes them to {@code disclosure-search.md} in the
 * folder given as the first argument.
 */
public final class DisclosureSearchBenchmark {

  static final int ENTRIES = Integer.getInteger("entries", 1_000_000);
  static final int BODIES = 120;
  static final int RUNS = Integer.getInteger("runs", 300);

  static final String[] FRENCH = {
    "budget",
    "routes",
    "écoles",
    "hôpitaux",
    "marchés",
    "publics",
    "subventions",
    "associations",
    "recrutement",
    "concours",
    "rapport",
    "audit",
    "commune",
    "province",
    "région",
    "eau",
    "assainissement",
    "éclairage",
    "transport",
    "urbanisme",
    "permis",
    "construire",
    "licences",
    "taxis",
    "forêts",
    "pêche",
    "agriculture",
    "irrigation",
    "barrages",
    "électricité",
    "santé",
    "médicaments",
    "vaccins",
    "enseignants",
    "élèves",
    "bourses",
    "universités",
    "logement",
    "bidonvilles",
    "foncier",
    "terrains",
    "expropriation",
    "indemnisation",
    "dépenses",
    "recettes",
    "impôts",
    "amendes",
    "contrats",
    "fournisseurs",
    "attributaires",
    "montants",
    "délais",
    "travaux",
    "entretien",
    "stade",
    "bibliothèque",
    "marché",
    "abattoir",
    "cimetière",
    "parcs"
  };

  static final String[] ARABIC = {
    "ميزانية",
    "الطرق",
    "المدارس",
    "المستشفيات",
    "الصفقات",
    "العمومية",
    "الدعم",
    "الجمعيات",
    "التوظيف",
    "المباريات",
    "تقرير",
    "الافتحاص",
    "الجماعة",
    "الإقليم",
    "الجهة",
    "الماء",
    "التطهير",
    "الإنارة",
    "النقل",
    "التعمير",
    "رخص",
    "البناء",
    "الرخص",
    "سيارات",
    "الغابات",
    "الصيد",
    "الفلاحة",
    "السقي",
    "السدود",
    "الكهرباء",
    "الصحة",
    "الأدوية",
    "اللقاحات",
    "الأساتذة",
    "التلاميذ",
    "المنح",
    "الجامعات",
    "السكن",
    "الصفيح",
    "العقار",
    "الأراضي",
    "نزع",
    "الملكية",
    "التعويض",
    "النفقات",
    "المداخيل",
    "الضرائب",
    "الغرامات",
    "العقود",
    "الموردين",
    "النائلين",
    "المبالغ",
    "الآجال",
    "الأشغال",
    "الصيانة",
    "الملعب",
    "المكتبة",
    "السوق",
    "المجزرة",
    "المقبرة"
  };

  private DisclosureSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    Path data = target.resolve("benchmark-postgres");
    // Settings to compare on the same data, measured in turns: the database's cache
    // (-Dshared.buffers=512MB,2GB) and the search column's statistics target (-Dstatistics=-1,1000;
    // -1 is the database's default; unset, the column keeps what the migrations gave it), and
    // whether French search folds accents (-Daccents=kept,folded; unset, as the migrations made it)
    List<String> caches = list(System.getProperty("shared.buffers", "512MB"));
    List<String> targets = list(System.getProperty("statistics", ""));
    List<String> accents = list(System.getProperty("accents", ""));
    int rounds =
        caches.size() * targets.size() * accents.size() > 1 ? Integer.getInteger("rounds", 2) : 1;
    boolean reuse = Boolean.getBoolean("reuse");
    double loadSeconds = 0;
    StringBuilder report = new StringBuilder();
    for (int round = 1; round <= rounds; round++) {
      for (String cache : caches) {
        for (String statistics : targets) {
          for (String accent : accents) {
            try (BenchmarkDatabase database = BenchmarkDatabase.start(data, reuse, cache)) {
              DataSource dataSource = database.dataSource();
              if (!database.reused()) {
                long loading = System.nanoTime();
                load(dataSource);
                loadSeconds = (System.nanoTime() - loading) / 1e9;
              }
              reuse = true;
              accents(dataSource, accent);
              prepare(dataSource, statistics);
              List<Measure> measures = measureAll(dataSource);
              report.append(
                  String.format(
                      Locale.ROOT,
                      "Disclosure log search: %,d entries (%d bodies, half Arabic, half French)%s;"
                          + " database cache (shared_buffers) %s%s, the log read into it first;"
                          + " statistics target of the search column: %s;%s %d searches per line"
                          + " after %d of warm-up, one client.%n%n",
                      ENTRIES,
                      BODIES,
                      loadSeconds > 0
                          ? String.format(Locale.ROOT, ", loaded in %.0f s", loadSeconds)
                          : "",
                      cache,
                      rounds > 1 ? ", round " + round : "",
                      statisticsTarget(dataSource),
                      accent.isEmpty() ? "" : " French accents " + accent + ";",
                      RUNS,
                      RUNS / 5));
              report.append(
                  "| search | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
              for (Measure m : measures) {
                report.append(
                    String.format(
                        Locale.ROOT,
                        "| %s | %.1f | %.1f | %.1f | %.1f |%n",
                        m.name,
                        m.percentile(50),
                        m.percentile(95),
                        m.percentile(99),
                        m.max()));
              }
              report.append('\n');
            }
          }
        }
      }
    }
    System.out.println(report);
    Files.writeString(target.resolve("disclosure-search.md"), report.toString());
  }

  /**
   * Sets the search column's statistics target when {@code -Dstatistics=} asks (-1 goes back to the
   * database's default), and reads the log and its search index into the database's cache, as on a
   * server that has run a while.
   */
  private static void prepare(DataSource dataSource, String statistics) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if (!statistics.isEmpty()) {
        s.execute(
            "alter table disclosure_entry alter column search set statistics "
                + Integer.parseInt(statistics.strip()));
        s.execute("analyze disclosure_entry");
      }
      s.execute("create extension if not exists pg_prewarm");
      s.execute("select pg_prewarm('disclosure_entry'), pg_prewarm('disclosure_entry_search')");
    }
  }

  /**
   * Makes French search keep accents ({@code kept}: PostgreSQL's french stemmer alone, as before
   * migration V23) or fold them ({@code folded}: the unaccent dictionary first, as V23 makes it),
   * and writes the search vector again as V23 does, with its index and statistics target.
   */
  private static void accents(DataSource dataSource, String accent) throws SQLException {
    if (accent.isEmpty()) {
      return;
    }
    String dictionaries =
        switch (accent) {
          case "kept" -> "french_stem";
          case "folded" -> "accesinfo_french_stop, unaccent, french_stem";
          default -> throw new IllegalArgumentException("-Daccents= takes kept and folded");
        };
    String migration;
    try (var in =
        DisclosureSearchBenchmark.class.getResourceAsStream(
            "/db/migration/V23__french_search_folds_accents.sql")) {
      migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "alter text search configuration accesinfo_french alter mapping for hword, hword_part,"
              + " word with "
              + dictionaries);
      // The migration's own statements from the vector on
      s.execute(migration.substring(migration.indexOf("alter table disclosure_entry drop column")));
      s.execute("vacuum disclosure_entry");
    }
  }

  private static List<String> list(String values) {
    return Arrays.stream(values.split(",", -1)).map(String::strip).toList();
  }

  /** Each kind of search, the same sequence of words whatever the configuration. */
  private static List<Measure> measureAll(DataSource dataSource) throws SQLException {
    SqlDisclosureLog log = new SqlDisclosureLog();
    // One client on one open connection, as the server's pool gives one: connecting is not
    // measured
    try (Connection connection = dataSource.getConnection()) {
      log.dataSource = new OneConnection(connection);
      Random random = new Random(31_13);
      List<Measure> measures = new ArrayList<>();
      measures.add(
          measure(
              "one common French word (in a fifth of the entries), page 1",
              () -> new DisclosureLog.Filter(pick(random, FRENCH), null, null),
              log));
      measures.add(
          measure(
              "one common Arabic word (in a fifth of the entries), page 1",
              () -> new DisclosureLog.Filter(pick(random, ARABIC), null, null),
              log));
      measures.add(
          measure(
              "two French words (both), page 1",
              () ->
                  new DisclosureLog.Filter(pick(random, FRENCH) + " t" + tail(random), null, null),
              log));
      measures.add(
          measure(
              "one word within one body",
              () ->
                  new DisclosureLog.Filter(
                      pick(random, FRENCH), "B" + (1 + random.nextInt(BODIES)), null),
              log));
      measures.add(
          measure(
              "one term of the long tail, page 1",
              () -> new DisclosureLog.Filter("t" + tail(random), null, null),
              log));
      measures.add(
          measure(
              "a rare word (a few entries)",
              () -> new DisclosureLog.Filter("rare" + random.nextInt(1_000), null, null),
              log));
      measures.add(
          measure(
              "no words: newest first, page 1",
              () -> new DisclosureLog.Filter(null, null, null),
              log));
      measures.add(
          measure(
              "suggestions while filing (any of 8 words)",
              () -> {
                List<String> words = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                  words.add(pick(random, i % 2 == 0 ? FRENCH : ARABIC));
                }
                return new DisclosureLog.Filter(String.join(" or ", words), null, null);
              },
              log,
              5));
      return measures;
    }
  }

  /** The statistics target of the search column, as the database has it. */
  private static String statisticsTarget(DataSource dataSource) throws SQLException {
    int target =
        BenchmarkDatabase.one(
            dataSource,
            "select coalesce(attstattarget, -1) from pg_attribute where attrelid ="
                + " 'disclosure_entry'::regclass and attname = 'search'",
            row -> row.getInt(1));
    return target < 0 ? "the default" : Integer.toString(target);
  }

  /** Bodies, answered requests and their disclosure entries, generated inside PostgreSQL. */
  static void load(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into body (code, kind, name_ar, name_fr) select 'B' || g, 'MINISTRY',"
              + " 'مؤسسة ' || g, 'Organisme ' || g from generate_series(1, "
              + BODIES
              + ") g");
      s.execute(
          "insert into information_request (reference, body_id, requester_first_name,"
              + " requester_last_name, requester_national_id, subject, description, urgent,"
              + " delivery_mode, language, channel, received_at, received_on, due_date,"
              + " first_due_date, status, resolution, decided_at, closed_at, created_at,"
              + " updated_at) select 'DI-2025-' || lpad(g::text, 7, '0'), 1 + g % "
              + BODIES
              + ", 'X', 'Y', 'Z', 'sujet', 'texte', false, 'EMAIL', case when g % 2 = 0 then 'ar'"
              + " else 'fr' end, 'ONLINE', t, t::date, t::date + 28, t::date + 28, 'ANSWERED',"
              + " 'GRANTED', t + interval '10 days', t + interval '10 days', t, t"
              + " from generate_series(1, "
              + ENTRIES
              // Spread over 700 days in the order they came, as a log grows: the newest entries
              // are the last rows written, side by side in the table
              + ") g, lateral (select timestamptz '2024-01-01' + (g::bigint * 700 / "
              + ENTRIES
              + ") * interval '1 day' as t)"
              + " x");
      // The search index is built once the rows are in, as a restore would
      s.execute("drop index disclosure_entry_search");
      s.execute(
          "insert into disclosure_entry (request_id, body_id, published_at, decided_on,"
              + " resolution, pseudonym, language, subject, request_text, answer) select r.id,"
              + " r.body_id, r.closed_at, r.closed_at::date, 'GRANTED', 'D-' || r.id,"
              + " r.language, "
              + words("r.id", 5)
              + ", "
              + words("r.id", 18)
              + ", "
              + words("r.id", 25)
              + " || case when r.id % 1000 = 0 then ' rare' || (r.id / 1000) % 1000 else '' end"
              + " from information_request r order by r.id");
      s.execute("create index disclosure_entry_search on disclosure_entry using gin (search)");
      s.execute("vacuum analyze");
    }
  }

  /**
   * Random words of the entry's language, re-drawn for each row: three in ten from the common
   * vocabulary above (each then in about a fifth of the entries, like "budget"), the rest from a
   * long tail of 30,000 terms drawn with a skewed (Zipf-like) frequency, as names of places,
   * projects and suppliers are.
   */
  private static String words(String row, int count) {
    return "case when "
        + row
        + " % 2 = 0 then "
        + draw(row, count, ARABIC, "ع")
        + " else "
        + draw(row, count, FRENCH, "t")
        + " end";
  }

  private static String draw(String row, int count, String[] common, String tailPrefix) {
    return "(select string_agg(case when random() < 0.3 then v[1 + floor(random() * "
        + common.length
        + ")::int] else '"
        + tailPrefix
        + "' || translate((floor(power(random(), 3) * 30000))::int::text, '0123456789',"
        + " 'abcdefghij') end, ' ') from generate_series(1, "
        + count
        + " + 0 * "
        + row
        + "), (select array["
        + quoted(common)
        + "] as v) w)";
  }

  /** A data source that always hands out the same open connection, which its users cannot close. */
  static final class OneConnection implements DataSource {
    private final Connection connection;

    OneConnection(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Connection getConnection() {
      return (Connection)
          java.lang.reflect.Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) ->
                  method.getName().equals("close") ? null : method.invoke(connection, args));
    }

    @Override
    public Connection getConnection(String user, String password) {
      return getConnection();
    }

    @Override
    public java.io.PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(java.io.PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() {
      return java.util.logging.Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  private static String quoted(String[] words) {
    return String.join(",", Arrays.stream(words).map(w -> "'" + w + "'").toList());
  }

  /** A term of the long tail, drawn with the tail's own skew. */
  private static String tail(Random random) {
    String digits = String.valueOf((int) Math.floor(Math.pow(random.nextDouble(), 3) * 30000));
    StringBuilder letters = new StringBuilder();
    for (char d : digits.toCharArray()) {
      letters.append((char) ('a' + (d - '0')));
    }
    return letters.toString();
  }

  private static String pick(Random random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static Measure measure(
      String name, Supplier<DisclosureLog.Filter> filters, SqlDisclosureLog log) {
    return measure(name, filters, log, 20);
  }

  private static Measure measure(
      String name, Supplier<DisclosureLog.Filter> filters, SqlDisclosureLog log, int pageSize) {
    for (int i = 0; i < RUNS / 5; i++) {
      log.search(filters.get(), 0, pageSize);
    }
    Latencies latencies = new Latencies();
    for (int i = 0; i < RUNS; i++) {
      DisclosureLog.Filter filter = filters.get();
      long start = System.nanoTime();
      log.search(filter, 0, pageSize);
      latencies.add(System.nanoTime() - start);
    }
    return new Measure(name, latencies);
  }

  private record Measure(String name, Latencies latencies) {
    double percentile(int p) {
      return latencies.percentile(p);
    }

    double max() {
      return latencies.max();
    }
  }
}
