package ma.accesinfo.infrastructure.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.infrastructure.config.StartupLock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Moves requests whose procedure still runs on an older version of the {@code information-request}
 * model onto the newest one, at start. The older versions had the officer's assessment as their
 * only wait state, so each such request restarts at the assessment of the newest model with its
 * deadline; a deadline already passed fires at once and changes nothing that was already recorded.
 * Requests on a later version keep it: the engine runs each procedure on its own model.
 */
@Singleton
@Startup
@DependsOn("PlatformBootstrap")
public class ProcessVersionUpgrade {

  private static final Logger LOG = Logger.getLogger(ProcessVersionUpgrade.class.getName());

  @Inject PlatformBootstrap platform;
  @Inject InformationRequestRepository requests;
  @Inject StartupLock startupLock;

  /**
   * The first model had no handling sub-process: the officer's assessment was its only wait state.
   * Later changes of the model come with migration plans of their own.
   */
  private static boolean isFirstModel(ProcessEngine engine, String definitionId) {
    return engine
            .getRepositoryService()
            .getBpmnModelInstance(definitionId)
            .getModelElementById("handleRequest")
        == null;
  }

  @PostConstruct
  void upgradeRunningRequests() {
    startupLock.holdUntilCommit();
    ProcessEngine engine = platform.engine();
    ProcessDefinition latest =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(CamundaRequestWorkflow.PROCESS_KEY)
            .latestVersion()
            .singleResult();
    // The versions of the first model, then their running requests only: reading every running
    // procedure (a hundred thousand at national scale) at each start would cost the start.
    List<ProcessInstance> outdated =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey(CamundaRequestWorkflow.PROCESS_KEY)
            .list()
            .stream()
            .filter(d -> !d.getId().equals(latest.getId()) && isFirstModel(engine, d.getId()))
            .flatMap(
                d ->
                    engine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionId(d.getId())
                        .list()
                        .stream())
            .toList();
    for (ProcessInstance old : outdated) {
      Object requestId =
          engine.getRuntimeService().getVariable(old.getId(), ProcessVariables.REQUEST_ID);
      InformationRequest request =
          requestId == null
              ? null
              : requests.findForChange(((Number) requestId).longValue()).orElse(null);
      var variables = engine.getRuntimeService().getVariables(old.getId());
      variables.putIfAbsent(ProcessVariables.NEXT_REMINDER_AT, null);
      engine
          .getRuntimeService()
          .deleteProcessInstance(
              old.getId(), "moved to version " + latest.getVersion(), true, true);
      if (request == null || request.status().closed()) {
        continue;
      }
      String replacement =
          engine
              .getRuntimeService()
              .createProcessInstanceById(latest.getId())
              .businessKey(request.reference())
              .setVariables(variables)
              .startBeforeActivity(CamundaRequestWorkflow.ASSESS_REQUEST)
              .execute()
              .getId();
      request.replaceProcess(replacement);
    }
    if (!outdated.isEmpty()) {
      LOG.info(
          "Moved "
              + outdated.size()
              + " running requests to version "
              + latest.getVersion()
              + " of their process");
    }
  }
}
