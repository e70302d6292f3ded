package ma.accesinfo.perf;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import ma.accesinfo.infrastructure.workflow.JobExecutorSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The baseline of the filing load: the system's own request procedure (the same BPMN model) started
 * on a bare Camunda engine, configured as the server configures its engine (audit history, ids made
 * in memory, the job executor running, as many connections as the server's pool), in a database of
 * its own on the same PostgreSQL. What the server does on top of this — the request's row, its
 * reference, the audit trail, the personal data sealed, the receipt, HTTP, JSON, security — is the
 * product's overhead.
 *
 * <p>Settings: {@code -Dpostgres=} the server's JDBC address (without a database), {@code -Dusers=}
 * the concurrency levels (comma-separated), {@code -Dseconds=} the time of each, {@code -Dwarmup=}
 * the seconds of the warm-up, {@code -Dpool=} the connections. Prints one line per level: {@code
 * RESULT bare-engine clients per-second p50 p95 p99 max} (milliseconds).
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

    recreateDatabase(postgres);
    ProcessEngine engine = buildEngine(postgres + DATABASE, pool);
    try {
      engine
          .getRepositoryService()
          .createDeployment()
          .addClasspathResource("bpmn/information-request.bpmn")
          .deploy();
      AtomicLong ids = new AtomicLong();
      run(engine, 8, warmup, ids);
      for (int clients : levels) {
        Latencies measured = run(engine, clients, each, ids);
        System.out.printf(
            "RESULT bare-engine %d %.1f %.1f %.1f %.1f %.1f%n",
            clients,
            measured.count() / (double) each.toSeconds(),
            measured.percentile(50),
            measured.percentile(95),
            measured.percentile(99),
            measured.max());
      }
    } finally {
      engine.close();
    }
  }

  /**
   * Clients starting the procedure one after the other, each as soon as its last one is started.
   */
  private static Latencies run(ProcessEngine engine, int clients, Duration time, AtomicLong ids)
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
                    start(engine, id);
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
  private static void start(ProcessEngine engine, long id) {
    Instant now = Instant.now();
    engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "information-request",
            "BARE-" + id,
            Variables.createVariables()
                .putValue("requestId", id)
                .putValue("bodyCode", BODIES[(int) (id % BODIES.length)])
                .putValue("replyDeadline", Date.from(now.plus(Duration.ofDays(28))))
                .putValue("nextReminderAt", Date.from(now.plus(Duration.ofDays(21)))));
  }

  private static ProcessEngine buildEngine(String url, int pool) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare");
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername("postgres");
    configuration.setJdbcPassword("postgres");
    configuration.setJdbcMaxActiveConnections(pool);
    configuration.setJdbcMaxIdleConnections(pool);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setBeans(new HashMap<>());
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setJobExecutorActivate(true);
    configuration.setJobExecutor(JobExecutorSettings.jobExecutor());
    return configuration.buildProcessEngine();
  }

  private static void recreateDatabase(String postgres) throws SQLException {
    try (Connection c = DriverManager.getConnection(postgres + "postgres", "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + DATABASE);
      s.execute("create database " + DATABASE);
    }
  }
}
