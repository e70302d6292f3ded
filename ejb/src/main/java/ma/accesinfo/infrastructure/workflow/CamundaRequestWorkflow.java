package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import ma.accesinfo.application.RequestWorkflow;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.Resolution;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Runs each request's procedure as an instance of the {@code information-request} process. The
 * engine holds the request's id and the few values its gateways and timers need; the request itself
 * lives in our tables.
 */
@ApplicationScoped
public class CamundaRequestWorkflow implements RequestWorkflow {

  static final String PROCESS_KEY = "information-request";
  static final String ASSESS_REQUEST = "assessRequest";
  static final String REVIEW_DECISION = "reviewDecision";
  static final String REPLY_PERIOD_ENDED = "replyPeriodEnded";
  static final String REMINDER_DUE = "reminderDue";
  static final String HANDLE_REQUEST = "handleRequest";

  @Inject PlatformBootstrap platform;

  @Override
  public String startProcedure(
      InformationRequest request, Instant replyDeadline, Instant firstReminder) {
    return engine()
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            request.reference(),
            Variables.createVariables()
                .putValue(ProcessVariables.REQUEST_ID, request.id())
                .putValue(ProcessVariables.BODY_CODE, request.body().code())
                .putValue(ProcessVariables.REPLY_DEADLINE, Date.from(replyDeadline))
                .putValue(ProcessVariables.NEXT_REMINDER_AT, date(firstReminder)))
        .getId();
  }

  @Override
  public void decided(InformationRequest request, Resolution resolution) {
    completeAssessment(
        request, outcome("DECIDE").putValue(ProcessVariables.RESOLUTION, resolution.name()));
  }

  @Override
  public void clarificationRequested(InformationRequest request, Instant clarificationDeadline) {
    completeAssessment(
        request,
        outcome("CLARIFY")
            .putValue(ProcessVariables.CLARIFICATION_DEADLINE, Date.from(clarificationDeadline)));
  }

  @Override
  public void clarificationAnswered(InformationRequest request) {
    correlate(request, "clarificationAnswered");
  }

  @Override
  public void thirdPartyConsulted(InformationRequest request, Instant consultationDeadline) {
    completeAssessment(
        request,
        outcome("CONSULT")
            .putValue(ProcessVariables.CONSULTATION_DEADLINE, Date.from(consultationDeadline)));
  }

  @Override
  public void thirdPartyAnswered(InformationRequest request) {
    correlate(request, "thirdPartyAnswered");
  }

  @Override
  public void forwarded(InformationRequest request) {
    completeAssessment(request, outcome("FORWARD"));
  }

  @Override
  public void reviewed(InformationRequest request, boolean approved) {
    complete(
        request,
        REVIEW_DECISION,
        Variables.createVariables().putValue(ProcessVariables.APPROVED, approved));
  }

  @Override
  public void withdrawn(InformationRequest request) {
    correlate(request, "requestWithdrawn");
  }

  @Override
  public void moveDeadline(
      InformationRequest request, Instant replyDeadline, Instant nextReminder) {
    ProcessEngine engine = engine();
    String instance = request.processInstanceId();
    engine
        .getRuntimeService()
        .setVariable(instance, ProcessVariables.REPLY_DEADLINE, Date.from(replyDeadline));
    engine
        .getRuntimeService()
        .setVariable(instance, ProcessVariables.NEXT_REMINDER_AT, date(nextReminder));
    ManagementService management = engine.getManagementService();
    Job deadline = timer(management, instance, REPLY_PERIOD_ENDED);
    if (deadline != null) {
      management.setJobDuedate(deadline.getId(), Date.from(replyDeadline));
    }
    Job reminder = timer(management, instance, REMINDER_DUE);
    if (reminder != null) {
      // With no reminder left before the new deadline, the pending one comes at the deadline.
      management.setJobDuedate(
          reminder.getId(), Date.from(nextReminder != null ? nextReminder : replyDeadline));
    } else if (nextReminder != null) {
      // The reminders had run out (an urgent request, say); the longer period brings them back.
      String handling = handlingInstance(engine, instance);
      if (handling != null) {
        engine
            .getRuntimeService()
            .createProcessInstanceModification(instance)
            .startBeforeActivity(REMINDER_DUE, handling)
            .execute();
      }
    }
  }

  @Override
  public void end(InformationRequest request, String reason) {
    engine()
        .getRuntimeService()
        .deleteProcessInstanceIfExists(
            request.processInstanceId(), reason, true, true, false, false);
  }

  @Override
  public void suspendDeadline(InformationRequest request) {
    ManagementService management = engine().getManagementService();
    for (String activity : new String[] {REPLY_PERIOD_ENDED, REMINDER_DUE}) {
      Job job = timer(management, request.processInstanceId(), activity);
      if (job != null) {
        management.suspendJobById(job.getId());
      }
    }
  }

  @Override
  public void resumeDeadline(
      InformationRequest request, Instant replyDeadline, Instant nextReminder) {
    moveDeadline(request, replyDeadline, nextReminder);
    ManagementService management = engine().getManagementService();
    for (String activity : new String[] {REPLY_PERIOD_ENDED, REMINDER_DUE}) {
      Job job = timer(management, request.processInstanceId(), activity);
      if (job != null && job.isSuspended()) {
        management.activateJobById(job.getId());
      }
    }
  }

  /** The running instance of the handling sub-process, or null when the handling is over. */
  private static String handlingInstance(ProcessEngine engine, String instance) {
    ActivityInstance tree = engine.getRuntimeService().getActivityInstance(instance);
    if (tree == null) {
      return null;
    }
    ActivityInstance[] handling = tree.getActivityInstances(HANDLE_REQUEST);
    return handling.length == 0 ? null : handling[0].getId();
  }

  private static Job timer(ManagementService management, String instance, String activityId) {
    return management
        .createJobQuery()
        .processInstanceId(instance)
        .activityId(activityId)
        .singleResult();
  }

  private void completeAssessment(InformationRequest request, VariableMap variables) {
    complete(request, ASSESS_REQUEST, variables);
  }

  private void complete(InformationRequest request, String taskKey, VariableMap variables) {
    TaskService tasks = engine().getTaskService();
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(request.processInstanceId())
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("request " + request.reference() + " has no task " + taskKey);
    }
    tasks.complete(task.getId(), variables);
  }

  private void correlate(InformationRequest request, String message) {
    engine()
        .getRuntimeService()
        .createMessageCorrelation(message)
        .processInstanceId(request.processInstanceId())
        .correlate();
  }

  private static VariableMap outcome(String outcome) {
    return Variables.createVariables().putValue(ProcessVariables.OUTCOME, outcome);
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  private ProcessEngine engine() {
    return platform.engine();
  }
}
