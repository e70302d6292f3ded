package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import ma.accesinfo.application.RequestWorkflow;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.Resolution;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

  @Inject PlatformBootstrap platform;

  @Override
  public String startProcedure(InformationRequest request, Instant replyDeadline) {
    return platform
        .engine()
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            request.reference(),
            Variables.createVariables()
                .putValue(ProcessVariables.REQUEST_ID, request.id())
                .putValue(ProcessVariables.BODY_CODE, request.body().code())
                .putValue(ProcessVariables.REPLY_DEADLINE, Date.from(replyDeadline)))
        .getId();
  }

  @Override
  public void completeAssessment(InformationRequest request, Resolution resolution) {
    TaskService tasks = platform.engine().getTaskService();
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(request.processInstanceId())
            .taskDefinitionKey(ASSESS_REQUEST)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("request " + request.reference() + " is not being assessed");
    }
    tasks.complete(
        task.getId(),
        Variables.createVariables().putValue(ProcessVariables.RESOLUTION, resolution.name()));
  }
}
