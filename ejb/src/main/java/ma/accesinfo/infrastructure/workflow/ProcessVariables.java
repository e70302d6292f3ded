package ma.accesinfo.infrastructure.workflow;

/** The names of the variables the process models read; the models use the same names. */
final class ProcessVariables {

  static final String REQUEST_ID = "requestId";
  static final String BODY_CODE = "bodyCode";
  static final String REPLY_DEADLINE = "replyDeadline";
  static final String RESOLUTION = "resolution";

  private ProcessVariables() {}

  static long requestId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return ((Number) scope.getVariable(REQUEST_ID)).longValue();
  }
}
