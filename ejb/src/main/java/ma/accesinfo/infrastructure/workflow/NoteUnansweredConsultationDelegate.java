package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RequestLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task {@code noteUnansweredConsultation}: the officer decides without the third party. */
@Named("noteUnansweredConsultationDelegate")
@ApplicationScoped
public class NoteUnansweredConsultationDelegate implements JavaDelegate {

  @Inject RequestLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.consultationUnanswered(ProcessVariables.requestId(execution));
  }
}
