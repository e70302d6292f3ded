package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import ma.accesinfo.application.RequestLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task {@code remindOfficers}: reminds the officers and schedules the next reminder. */
@Named("remindOfficersDelegate")
@ApplicationScoped
public class RemindOfficersDelegate implements JavaDelegate {

  @Inject RequestLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    Instant next = lifecycle.remindOfficers(ProcessVariables.requestId(execution));
    execution.setVariable(ProcessVariables.NEXT_REMINDER_AT, next == null ? null : Date.from(next));
  }
}
