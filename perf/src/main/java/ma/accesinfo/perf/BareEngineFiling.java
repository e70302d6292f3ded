package ma.accesinfo.perf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import ma.accesinfo.infrastructure.workflow.JobExecutorSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The baseline of the filing load: the system's own request procedure (the same BPMN model) started
 * on a bare Camunda engine, configured as the server configures its engine (no history, ids made in
 * memory, the job executor running with the job table's indexes, as many connections as the
 * server's pool), in a database of its own on the same PostgreSQL. What the server does on top of
 * this — the request's row, its reference, the audit trail, the personal data sealed, the receipt,
 * HTTP, JSON, security — is the product's overhead.
 *
 * <p>Settings: {@code -Dpostgres=} the server's JDBC address (without a database), {@code -Dusers=}
 * the concurrency levels (comma-separated), {@code -Dseconds=} the time of each, {@code -Dwarmup=}
 * the seconds of the warm-up, {@code -Dpool=} the connections. Prints one line per level: {@code
 * RESULT bare-engine clients per-second p50 p95 p99 max} (milliseconds).
 *
 * <p>With {@code -Dother=} (the path of another version of the model, say the one of an earlier
 * commit), both versions are deployed and started at each level in turns, {@code -Drounds=} times
 * (2 by default), printing {@code MODEL shipped|other round clients per-second p50 p95 p99 max}:
 * what a change of the model costs the engine at filing, measured in one run.
 *
 * <p>With {@code -Dhistories=} (Camunda's history levels, say {@code audit,none}), the shipped
 * model on one engine per level, in turns ({@link #compareHistories}).
 */
public final class BareEngineFiling {

  private static final String DATABASE = "bare_engine";
  private static final String[] BODIES = {"MIN-EF", "COM-CASA", "MIN-SANTE", "REG-RSK", "CDAI"};

  private BareEngineFiling() {}

  public static void main(String[] args) throws Exception {
    String postgres = System.getProperty("postgres", "jdbc:postgresql://127.0.0.1:25432/");
    int[] levels =
        Arrays.stream(System.getProperty("users", "1,8,16,32").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    Duration each = Duration.ofSeconds(Long.getLong("seconds", 30));
    Duration warmup = Duration.ofSeconds(Long.getLong("warmup", 15));
    int pool = Integer.getInteger("pool", 20);

    String histories = System.getProperty("histories");
    if (histories != null) {
      compareHistories(
          postgres,
          Arrays.stream(histories.split(",")).map(String::strip).toArray(String[]::new),
          levels,
          each,
          warmup,
          pool);
      return;
    }
    ProcessEngine engine =
        engine(postgres, DATABASE, ProcessEngineConfiguration.HISTORY_NONE, pool);
    try {
      String shipped = deployShipped(engine);
      String otherModel = System.getProperty("other");
      AtomicLong ids = new AtomicLong();
      if (otherModel != null) {
        String other;
        try (InputStream model = Files.newInputStream(Path.of(otherModel))) {
          other =
              definition(
                  engine,
                  engine
                      .getRepositoryService()
                      .createDeployment()
                      .addInputStream("information-request.bpmn", model)
                      .deploy());
        }
        run(engine, shipped, 8, warmup, ids);
        run(engine, other, 8, warmup, ids);
        int rounds = Integer.getInteger("rounds", 2);
        for (int clients : levels) {
          for (int round = 1; round <= rounds; round++) {
            print("MODEL other " + round, clients, each, run(engine, other, clients, each, ids));
            print(
                "MODEL shipped " + round, clients, each, run(engine, shipped, clients, each, ids));
          }
        }
        String url = postgres + DATABASE;
        int timers = Integer.getInteger("timers", 2_000);
        for (int round = 1; round <= rounds; round++) {
          System.out.printf(Locale.ROOT, "TIMERS other %d %.1f%n", round, fire(url, other, timers));
          System.out.printf(
              Locale.ROOT, "TIMERS shipped %d %.1f%n", round, fire(url, shipped, timers));
        }
        return;
      }
      run(engine, shipped, 8, warmup, ids);
      for (int clients : levels) {
        print("RESULT bare-engine", clients, each, run(engine, shipped, clients, each, ids));
      }
    } finally {
      engine.close();
    }
  }

  /** A bare engine on a database of its own, made afresh, with the job table's indexes. */
  private static ProcessEngine engine(String postgres, String database, String history, int pool)
      throws SQLException {
    recreateDatabase(postgres, database);
    ProcessEngine engine = buildEngine(postgres + database, history, pool);
    try (Connection c = DriverManager.getConnection(postgres + database, "postgres", "postgres");
        Statement s = c.createStatement()) {
      for (String index : JobExecutorSettings.JOB_TABLE_INDEXES) {
        s.execute(index);
      }
    }
    return engine;
  }

  /**
   * The shipped model on one engine per history level (each in a database of its own on the same
   * PostgreSQL), started at each level in turns, {@code -Drounds=} times; then {@code -Dtimers=} of
   * each engine's reply periods made to end at once, in turns. Prints {@code HISTORY level round
   * clients per-second p50 p95 p99 max} and {@code TIMERS level round per-second}.
   */
  private static void compareHistories(
      String postgres, String[] histories, int[] levels, Duration each, Duration warmup, int pool)
      throws Exception {
    Map<String, ProcessEngine> engines = new java.util.LinkedHashMap<>();
    Map<String, String> definitions = new HashMap<>();
    AtomicLong ids = new AtomicLong();
    try {
      for (String history : histories) {
        ProcessEngine engine = engine(postgres, DATABASE + "_" + history, history, pool);
        engines.put(history, engine);
        definitions.put(history, deployShipped(engine));
        run(engine, definitions.get(history), 8, warmup, ids);
      }
      int rounds = Integer.getInteger("rounds", 2);
      for (int clients : levels) {
        for (int round = 1; round <= rounds; round++) {
          for (String history : histories) {
            print(
                "HISTORY " + history + " " + round,
                clients,
                each,
                run(engines.get(history), definitions.get(history), clients, each, ids));
          }
        }
      }
      int timers = Integer.getInteger("timers", 2_000);
      for (int round = 1; round <= rounds; round++) {
        for (String history : histories) {
          System.out.printf(
              Locale.ROOT,
              "TIMERS %s %d %.1f%n",
              history,
              round,
              fire(postgres + DATABASE + "_" + history, definitions.get(history), timers));
        }
      }
    } finally {
      engines.values().forEach(ProcessEngine::close);
    }
  }

  /**
   * Makes the reply periods of {@code count} procedures of one version of the model end now (their
   * timers due in the job table, as the server's timer benchmark does) and waits until the job
   * executor has fired them all.
   *
   * @return timers fired per second
   */
  private static double fire(String url, String definition, int count) throws Exception {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      List<String> jobs = new ArrayList<>();
      long start = System.nanoTime();
      try (var due =
          c.prepareStatement(
              "update act_ru_job set duedate_ = now() where id_ in (select j.id_ from act_ru_job j"
                  + " join act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ ="
                  + " 'replyPeriodEnded' and d.proc_def_id_ = ? and j.duedate_ > now() limit ?)"
                  + " returning id_")) {
        due.setString(1, definition);
        due.setInt(2, count);
        try (var rs = due.executeQuery()) {
          while (rs.next()) {
            jobs.add(rs.getString(1));
          }
        }
      }
      if (jobs.size() < count) {
        throw new IllegalStateException("only " + jobs.size() + " timers to fire");
      }
      try (var left = c.prepareStatement("select count(*) from act_ru_job where id_ = any(?)")) {
        left.setArray(1, c.createArrayOf("varchar", jobs.toArray()));
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
          try (var rs = left.executeQuery()) {
            rs.next();
            if (rs.getLong(1) == 0) {
              break;
            }
          }
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("the timers did not fire within 5 minutes");
          }
          Thread.sleep(100);
        }
      }
      return count / ((System.nanoTime() - start) / 1e9);
    }
  }

  private static void print(String label, int clients, Duration each, Latencies measured) {
    System.out.printf(
        Locale.ROOT,
        "%s %d %.1f %.1f %.1f %.1f %.1f%n",
        label,
        clients,
        measured.count() / (double) each.toSeconds(),
        measured.percentile(50),
        measured.percentile(95),
        measured.percentile(99),
        measured.max());
  }

  /** Deploys the model the server ships; returns its definition's id. */
  private static String deployShipped(ProcessEngine engine) {
    return definition(
        engine,
        engine
            .getRepositoryService()
            .createDeployment()
            .addClasspathResource("bpmn/information-request.bpmn")
            .deploy());
  }

  /** The id of the one process definition a deployment made. */
  private static String definition(ProcessEngine engine, Deployment deployment) {
    return engine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .deploymentId(deployment.getId())
        .singleResult()
        .getId();
  }

  /**
   * Clients starting the procedure one after the other, each as soon as its last one is started.
   */
  private static Latencies run(
      ProcessEngine engine, String definition, int clients, Duration time, AtomicLong ids)
      throws Exception {
    long end = System.nanoTime() + time.toNanos();
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        results.add(
            threads.submit(
                () -> {
                  Latencies own = new Latencies();
                  while (System.nanoTime() < end) {
                    long id = ids.incrementAndGet();
                    long start = System.nanoTime();
                    start(engine, definition, id);
                    own.add(System.nanoTime() - start);
                  }
                  return own.values();
                }));
      }
      Latencies all = new Latencies();
      for (Future<long[]> r : results) {
        all.addAll(r.get());
      }
      return all;
    } finally {
      threads.shutdown();
    }
  }

  /** What the server's workflow adapter starts for a filed request. */
  private static void start(ProcessEngine engine, String definition, long id) {
    Instant now = Instant.now();
    engine
        .getRuntimeService()
        .startProcessInstanceById(
            definition,
            "BARE-" + id,
            Variables.createVariables()
                .putValue("requestId", id)
                .putValue("bodyCode", BODIES[(int) (id % BODIES.length)])
                .putValue("replyDeadline", Date.from(now.plus(Duration.ofDays(28))))
                .putValue("nextReminderAt", Date.from(now.plus(Duration.ofDays(21)))));
  }

  private static ProcessEngine buildEngine(String url, String history, int pool) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-" + url.substring(url.lastIndexOf('/') + 1));
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername("postgres");
    configuration.setJdbcPassword("postgres");
    configuration.setJdbcMaxActiveConnections(pool);
    configuration.setJdbcMaxIdleConnections(pool);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(history);
    // The procedure's service tasks do nothing here: the engine's own cost is measured.
    Map<Object, Object> beans = new HashMap<>();
    JavaDelegate nothing = execution -> {};
    for (String delegate :
        List.of(
            "markRequestOverdueDelegate",
            "remindOfficersDelegate",
            "releaseDecisionDelegate",
            "noteUnansweredClarificationDelegate",
            "noteUnansweredConsultationDelegate")) {
      beans.put(delegate, nothing);
    }
    configuration.setBeans(beans);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutorActivate(true);
    configuration.setJobExecutor(JobExecutorSettings.jobExecutor());
    return configuration.buildProcessEngine();
  }

  private static void recreateDatabase(String postgres, String database) throws SQLException {
    try (Connection c = DriverManager.getConnection(postgres + "postgres", "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database);
      s.execute("create database " + database);
    }
  }
}
