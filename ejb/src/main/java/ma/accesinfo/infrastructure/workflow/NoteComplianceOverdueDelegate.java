package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RedressLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task {@code noteComplianceOverdue}: the body did not comply by the due date. */
@Named("noteComplianceOverdueDelegate")
@ApplicationScoped
public class NoteComplianceOverdueDelegate implements JavaDelegate {

  @Inject RedressLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.complianceOverdue(
        ((Number) execution.getVariable("commissionComplaintId")).longValue());
  }
}
