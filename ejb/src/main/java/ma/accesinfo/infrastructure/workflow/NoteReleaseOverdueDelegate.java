package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RedressLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task {@code noteReleaseOverdue}: the release the head ordered is late. */
@Named("noteReleaseOverdueDelegate")
@ApplicationScoped
public class NoteReleaseOverdueDelegate implements JavaDelegate {

  @Inject RedressLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.releaseOverdue(((Number) execution.getVariable("complaintId")).longValue());
  }
}
