package ma.accesinfo.infrastructure.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ma.accesinfo.infrastructure.config.Settings;
import ma.accesinfo.infrastructure.config.StartupLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.flywaydb.core.Flyway;

/**
 * Brings the platform up when the application starts: migrates our schema with Flyway, then builds
 * the embedded process engine on the same datasource and JTA transaction manager, so that our rows
 * and the engine's state commit together, and deploys the process models.
 *
 * <p>Bean-managed transactions: Flyway commits its own work, which a container transaction would
 * forbid.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlatformBootstrap {

  static final String DATASOURCE = "java:jboss/datasources/PostgreSQLDS";

  /** The process models the application runs. */
  static final String[] PROCESS_MODELS = {
    "bpmn/information-request.bpmn", "bpmn/complaint-to-head.bpmn", "bpmn/commission-complaint.bpmn"
  };

  private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @Resource(lookup = "java:/TransactionManager")
  TransactionManager transactionManager;

  @Inject BeanManager beanManager;

  private volatile ProcessEngine engine;

  @PostConstruct
  void start() {
    // Nodes started together on one database take turns (StartupLock): the engine makes its tables
    // without a lock of its own.
    try (java.sql.Connection lock = dataSource.getConnection()) {
      StartupLock.acquire(lock);
      try {
        migrateSchema();
        String history = EngineHistory.configured();
        try (java.sql.Connection c = dataSource.getConnection()) {
          EngineHistory.align(c, history);
        }
        engine = buildEngine(history);
        indexJobs();
        deployProcessModels();
      } finally {
        StartupLock.release(lock);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("the database could not be reached at start", e);
    }
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  public ProcessEngine engine() {
    return engine;
  }

  private void migrateSchema() {
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        result.migrationsExecuted == 0
            ? "Schema up to date"
            : "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied)");
  }

  private ProcessEngine buildEngine(String history) {
    JakartaTransactionProcessEngineConfiguration configuration =
        new JakartaTransactionProcessEngineConfiguration();
    configuration.setProcessEngineName("accesinfo");
    configuration.setDataSource(dataSource);
    configuration.setTransactionManager(transactionManager);
    configuration.setTransactionsExternallyManaged(true);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(history);
    configuration.setBeans(new CdiBeanNames(beanManager));
    // Ids made in memory: the default generator fetches blocks of ids in a transaction of its own,
    // on a second connection, while every other filing waits for it; with the pool in use by those
    // filings it waited for a connection that never came (perf/filing-load.sh,
    // docs/performance.md).
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setHostname(Settings.node());
    configuration.setJobExecutorActivate(true);
    configuration.setJobExecutor(JobExecutorSettings.jobExecutor());
    return configuration.buildProcessEngine();
  }

  /** The job table's indexes the engine's schema lacks ({@link JobExecutorSettings}). */
  private void indexJobs() {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.Statement s = c.createStatement()) {
      for (String index : JobExecutorSettings.JOB_TABLE_INDEXES) {
        s.execute(index);
      }
    } catch (java.sql.SQLException e) {
      // another node making the same index at the same moment; it will be there
      LOG.warning("The job table's indexes could not be made now: " + e.getMessage());
    }
  }

  /** Deploys the models; only those that changed since the last deployment get a new version. */
  private void deployProcessModels() {
    var deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("accesinfo")
            .enableDuplicateFiltering(true);
    for (String model : PROCESS_MODELS) {
      deployment.addInputStream(model, getClass().getClassLoader().getResourceAsStream(model));
    }
    deployment.deploy();
  }
}
