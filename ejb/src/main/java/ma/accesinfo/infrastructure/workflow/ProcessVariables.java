package ma.accesinfo.infrastructure.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The names of the variables the process models read; the models use the same names. */
final class ProcessVariables {

  static final String REQUEST_ID = "requestId";
  static final String BODY_CODE = "bodyCode";
  static final String REPLY_DEADLINE = "replyDeadline";
  static final String NEXT_REMINDER_AT = "nextReminderAt";
  static final String OUTCOME = "outcome";
  static final String RESOLUTION = "resolution";
  static final String CLARIFICATION_DEADLINE = "clarificationDeadline";
  static final String CONSULTATION_DEADLINE = "consultationDeadline";
  static final String APPROVED = "approved";

  private ProcessVariables() {}

  static long requestId(VariableScope scope) {
    return ((Number) scope.getVariable(REQUEST_ID)).longValue();
  }
}
