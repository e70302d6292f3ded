package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RedressLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Service task {@code noteCommissionDeadlinePassed}: the Commission's 30 days ended before its
 * recommendation.
 */
@Named("noteCommissionDeadlinePassedDelegate")
@ApplicationScoped
public class NoteCommissionDeadlinePassedDelegate implements JavaDelegate {

  @Inject RedressLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.commissionDeadlinePassed(
        ((Number) execution.getVariable("commissionComplaintId")).longValue());
  }
}
