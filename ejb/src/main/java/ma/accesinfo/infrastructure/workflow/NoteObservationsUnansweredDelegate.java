package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RedressLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task {@code noteObservationsUnanswered}: the body did not answer the Commission in time.
 */
@Named("noteObservationsUnansweredDelegate")
@ApplicationScoped
public class NoteObservationsUnansweredDelegate implements JavaDelegate {

  @Inject RedressLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.observationsUnanswered(
        ((Number) execution.getVariable("commissionComplaintId")).longValue());
  }
}
