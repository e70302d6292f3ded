package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ma.accesinfo.application.RequestLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Service task {@code noteUnansweredClarification}: the officer resumes without the answer. */
@Named("noteUnansweredClarificationDelegate")
@ApplicationScoped
public class NoteUnansweredClarificationDelegate implements JavaDelegate {

  @Inject RequestLifecycle lifecycle;

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.clarificationUnanswered(ProcessVariables.requestId(execution));
  }
}
