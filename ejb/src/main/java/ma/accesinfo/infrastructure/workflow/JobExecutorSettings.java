package ma.accesinfo.infrastructure.workflow;

import java.util.List;
import ma.accesinfo.infrastructure.config.Settings;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;

/** The process engine's job executor as the settings make it. */
public final class JobExecutorSettings {

  /**
   * Two indexes on the engine's job table that its own schema lacks, made once after the engine
   * made its tables: with 200,000 open timers, each acquisition of due jobs read the whole table
   * twice (the due jobs, then the jobs locked by others), 64 ms a time (docs/performance.md).
   */
  public static final List<String> JOB_TABLE_INDEXES =
      List.of(
          "create index if not exists accesinfo_job_due on act_ru_job (duedate_)",
          "create index if not exists accesinfo_job_locked on act_ru_job (process_instance_id_)"
              + " where lock_owner_ is not null");

  private JobExecutorSettings() {}

  /**
   * The job executor that fires the timers. Settings: {@code accesinfo.job-executor.wait-ms} (the
   * longest pause between acquisitions when no job is due), {@code .jobs-per-acquisition}, {@code
   * .threads} (always running), {@code .max-threads} and {@code .queue} (jobs acquired and waiting
   * for a thread), {@code .lock-ms} (how long acquired jobs are this node's before another node may
   * take them, when this one died); docs/performance.md gives the measure behind the defaults.
   */
  public static DefaultJobExecutor jobExecutor() {
    DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
    long maxWait = Settings.number("accesinfo.job-executor.wait-ms", 5_000);
    jobExecutor.setMaxWait(maxWait);
    jobExecutor.setWaitTimeInMillis((int) Math.min(maxWait, 5_000));
    jobExecutor.setMaxJobsPerAcquisition(
        (int) Settings.number("accesinfo.job-executor.jobs-per-acquisition", 3));
    jobExecutor.setCorePoolSize((int) Settings.number("accesinfo.job-executor.threads", 3));
    jobExecutor.setMaxPoolSize((int) Settings.number("accesinfo.job-executor.max-threads", 10));
    jobExecutor.setQueueSize((int) Settings.number("accesinfo.job-executor.queue", 3));
    // Each node of a cluster acquires jobs under a name of its own, which shows in the job table
    // while it holds them; a node that dies leaves its jobs to the others once their lock ends.
    jobExecutor.setLockOwner(Settings.node() + "/" + java.util.UUID.randomUUID());
    jobExecutor.setLockTimeInMillis(
        (int) Settings.number("accesinfo.job-executor.lock-ms", 5 * 60_000));
    return jobExecutor;
  }
}
