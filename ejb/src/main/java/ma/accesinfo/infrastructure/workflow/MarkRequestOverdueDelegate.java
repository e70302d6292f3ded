package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RequestLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task {@code markRequestOverdue}, after the reply period's timer: the answer is late. */
@Named("markRequestOverdueDelegate")
@ApplicationScoped
public class MarkRequestOverdueDelegate implements JavaDelegate {

  @Inject RequestLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.markOverdue(ProcessVariables.requestId(execution));
  }
}
