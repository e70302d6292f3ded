package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RedressLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task {@code noteHeadDeadlinePassed}: the head's 15 days ended without a decision. */
@Named("noteHeadDeadlinePassedDelegate")
@ApplicationScoped
public class NoteHeadDeadlinePassedDelegate implements JavaDelegate {

  @Inject RedressLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.headDeadlinePassed(((Number) execution.getVariable("complaintId")).longValue());
  }
}
