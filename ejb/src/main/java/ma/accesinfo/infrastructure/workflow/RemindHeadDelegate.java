package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RedressLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task {@code remindHead}: reminds the head that a complaint awaits a decision. */
@Named("remindHeadDelegate")
@ApplicationScoped
public class RemindHeadDelegate implements JavaDelegate {

  @Inject RedressLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.remindHead(((Number) execution.getVariable("complaintId")).longValue());
  }
}
