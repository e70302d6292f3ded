package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import ma.accesinfo.application.RedressWorkflow;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.HeadComplaint;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Runs complaints as instances of {@code complaint-to-head} and {@code commission-complaint}. The
 * engine holds the complaint's id and the values its gateways and timers need.
 */
@ApplicationScoped
public class CamundaRedressWorkflow implements RedressWorkflow {

  static final String HEAD_PROCESS = "complaint-to-head";
  static final String COMMISSION_PROCESS = "commission-complaint";

  @Inject PlatformBootstrap platform;

  @Override
  public String startHeadComplaint(
      HeadComplaint complaint, Instant decisionDeadline, Instant reminder) {
    return engine()
        .getRuntimeService()
        .startProcessInstanceByKey(
            HEAD_PROCESS,
            complaint.reference(),
            Variables.createVariables()
                .putValue("complaintId", complaint.id())
                .putValue(ProcessVariables.BODY_CODE, complaint.request().body().code())
                .putValue("decisionDeadline", Date.from(decisionDeadline))
                .putValue("headReminderAt", Date.from(reminder)))
        .getId();
  }

  @Override
  public void headDecided(HeadComplaint complaint, Instant releaseDeadline) {
    VariableMap variables =
        Variables.createVariables().putValue("decision", complaint.decision().name());
    if (releaseDeadline != null) {
      variables.putValue("releaseDeadline", Date.from(releaseDeadline));
    }
    complete(complaint.processInstanceId(), "decideComplaint", variables);
  }

  @Override
  public void informationReleased(HeadComplaint complaint) {
    complete(complaint.processInstanceId(), "releaseInformation", Variables.createVariables());
  }

  @Override
  public String startCommissionComplaint(
      CommissionComplaint complaint, Instant commissionDeadline) {
    return engine()
        .getRuntimeService()
        .startProcessInstanceByKey(
            COMMISSION_PROCESS,
            complaint.reference(),
            Variables.createVariables()
                .putValue("commissionComplaintId", complaint.id())
                .putValue(ProcessVariables.BODY_CODE, complaint.request().body().code())
                .putValue("commissionDeadline", Date.from(commissionDeadline))
                .putValue("recommendation", ""))
        .getId();
  }

  @Override
  public void admissibilityDecided(CommissionComplaint complaint, boolean admissible) {
    complete(
        complaint.processInstanceId(),
        "assessAdmissibility",
        Variables.createVariables().putValue("admissible", admissible));
  }

  @Override
  public void observationsRequested(CommissionComplaint complaint, Instant observationsDeadline) {
    complete(
        complaint.processInstanceId(),
        "investigateComplaint",
        Variables.createVariables()
            .putValue("next", "ASK_BODY")
            .putValue("observationsDeadline", Date.from(observationsDeadline)));
  }

  @Override
  public void observationsReceived(CommissionComplaint complaint) {
    engine()
        .getRuntimeService()
        .createMessageCorrelation("observationsReceived")
        .processInstanceId(complaint.processInstanceId())
        .correlate();
  }

  @Override
  public void recommended(CommissionComplaint complaint, Instant complianceDeadline) {
    VariableMap variables =
        Variables.createVariables()
            .putValue("next", "RECOMMEND")
            .putValue("recommendation", complaint.recommendation().name());
    if (complianceDeadline != null) {
      variables.putValue("complianceDeadline", Date.from(complianceDeadline));
    }
    complete(complaint.processInstanceId(), "investigateComplaint", variables);
  }

  @Override
  public void complianceRecorded(CommissionComplaint complaint) {
    complete(complaint.processInstanceId(), "trackCompliance", Variables.createVariables());
  }

  private void complete(String processInstanceId, String taskKey, VariableMap variables) {
    TaskService tasks = engine().getTaskService();
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("process " + processInstanceId + " has no task " + taskKey);
    }
    tasks.complete(task.getId(), variables);
  }

  private ProcessEngine engine() {
    return platform.engine();
  }
}
