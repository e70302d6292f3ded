package ma.accesinfo.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;

/** Every path of the information-request process, with the engine's clock. */
@Deployment(resources = "bpmn/information-request.bpmn")
class InformationRequestProcessTest extends ProcessTestSupport {

  private static final Instant RECEIVED = Instant.parse("2026-03-02T09:30:00Z");
  private static final Instant FIRST_REMINDER = Instant.parse("2026-03-23T08:00:00Z");
  private static final Instant SECOND_REMINDER = Instant.parse("2026-03-26T08:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2026-03-30T23:00:00Z");

  private final List<Instant> reminderSchedule = new ArrayList<>();

  @Override
  protected Instant startTime() {
    return RECEIVED;
  }

  @Override
  protected void registerDelegates() {
    Mocks.register("releaseDecisionDelegate", recording("release", "requestId"));
    Mocks.register("markRequestOverdueDelegate", recording("overdue", "requestId"));
    Mocks.register(
        "noteUnansweredClarificationDelegate", recording("clarificationUnanswered", "requestId"));
    Mocks.register(
        "noteUnansweredConsultationDelegate", recording("consultationUnanswered", "requestId"));
    Mocks.register(
        "remindOfficersDelegate",
        (JavaDelegate)
            execution -> {
              calls.add("remind " + execution.getVariable("requestId"));
              Instant next = reminderSchedule.isEmpty() ? null : reminderSchedule.remove(0);
              execution.setVariable("nextReminderAt", next == null ? null : Date.from(next));
            });
  }

  @Test
  void shouldWaitForTheBodysOfficersWithTheDeadlineAndTheFirstReminderSet() {
    ProcessInstance instance = receive(42L, FIRST_REMINDER);

    assertThat(instance).isWaitingAt("assessRequest", "reminderDue");
    assertThat(task(instance)).hasCandidateGroup("officers-MIN-EF");
    assertThat(job("replyPeriodEnded", instance).getDuedate()).isEqualTo(Date.from(DEADLINE));
    assertThat(job("reminderDue", instance).getDuedate()).isEqualTo(Date.from(FIRST_REMINDER));
  }

  @Test
  void shouldReleaseAFullGrantWithoutLegalReview() {
    ProcessInstance instance = receive(7L, null);

    complete(task(instance), withVariables("outcome", "DECIDE", "resolution", "GRANTED"));

    assertThat(instance)
        .hasPassed("releaseDecision", "decisionReleased")
        .hasNotPassed("reviewDecision")
        .isEnded();
    assertThat(calls).containsExactly("release 7");
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void shouldSendARefusalToTheLegalReviewerAndReleaseItOnlyOnceApproved() {
    ProcessInstance instance = receive(8L, null);

    complete(task(instance), withVariables("outcome", "DECIDE", "resolution", "REFUSED"));

    assertThat(instance).isWaitingAt("reviewDecision");
    assertThat(task(instance)).hasCandidateGroup("legal-reviewers-MIN-EF");
    assertThat(calls).isEmpty();

    complete(task(instance), withVariables("approved", true));

    assertThat(calls).containsExactly("release 8");
    assertThat(instance).isEnded();
  }

  @Test
  void shouldSendAPartialGrantToTheLegalReviewerAndBackToTheOfficerWhenReturned() {
    ProcessInstance instance = receive(9L, null);
    complete(task(instance), withVariables("outcome", "DECIDE", "resolution", "PARTIALLY_GRANTED"));

    complete(task(instance), withVariables("approved", false));

    assertThat(instance).hasPassed("reviewDecision").isWaitingAt("assessRequest");
    assertThat(calls).isEmpty();

    complete(task(instance), withVariables("outcome", "DECIDE", "resolution", "GRANTED"));

    assertThat(calls).containsExactly("release 9");
    assertThat(instance).isEnded();
  }

  @Test
  void shouldWaitForTheClarificationAndResumeWhenTheRequesterAnswers() {
    ProcessInstance instance = receive(10L, null);

    complete(
        task(instance),
        withVariables(
            "outcome",
            "CLARIFY",
            "clarificationDeadline",
            Date.from(RECEIVED.plus(14, ChronoUnit.DAYS))));

    assertThat(instance).isWaitingAt("awaitClarification");
    engine
        .getRuntimeService()
        .createMessageCorrelation("clarificationAnswered")
        .processInstanceId(instance.getId())
        .correlate();

    assertThat(instance).isWaitingAt("assessRequest");
    assertThat(calls).isEmpty();
    assertThat(job("replyPeriodEnded", instance)).isNotNull();
  }

  @Test
  void shouldResumeWithoutTheClarificationWhenItsPeriodEnds() {
    ProcessInstance instance = receive(11L, null);
    Instant clarificationDeadline = RECEIVED.plus(14, ChronoUnit.DAYS);
    complete(
        task(instance),
        withVariables(
            "outcome", "CLARIFY", "clarificationDeadline", Date.from(clarificationDeadline)));

    clockAt(clarificationDeadline.plusSeconds(1));
    execute(job("clarificationPeriodEnded", instance));

    assertThat(calls).containsExactly("clarificationUnanswered 11");
    assertThat(instance).isWaitingAt("assessRequest");
  }

  @Test
  void shouldWaitForTheThirdPartyAndResumeOnItsAnswerOrWhenItsPeriodEnds() {
    ProcessInstance answered = receive(12L, null);
    ProcessInstance silent = receive(13L, null);
    Instant consultationDeadline = RECEIVED.plus(10, ChronoUnit.DAYS);
    complete(
        task(answered),
        withVariables(
            "outcome", "CONSULT", "consultationDeadline", Date.from(consultationDeadline)));
    complete(
        task(silent),
        withVariables(
            "outcome", "CONSULT", "consultationDeadline", Date.from(consultationDeadline)));

    engine
        .getRuntimeService()
        .createMessageCorrelation("thirdPartyAnswered")
        .processInstanceId(answered.getId())
        .correlate();
    clockAt(consultationDeadline.plusSeconds(1));
    execute(job("consultationPeriodEnded", silent));

    assertThat(answered).isWaitingAt("assessRequest");
    assertThat(silent).isWaitingAt("assessRequest");
    assertThat(calls).containsExactly("consultationUnanswered 13");
  }

  @Test
  void shouldEndWhenTheOfficerForwardsTheRequest() {
    ProcessInstance instance = receive(14L, FIRST_REMINDER);

    complete(task(instance), withVariables("outcome", "FORWARD"));

    assertThat(instance).hasPassed("requestForwarded").isEnded();
    assertThat(calls).isEmpty();
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void shouldEndWhereverItIsWhenTheRequesterWithdraws() {
    ProcessInstance instance = receive(15L, FIRST_REMINDER);
    complete(task(instance), withVariables("outcome", "DECIDE", "resolution", "REFUSED"));

    engine
        .getRuntimeService()
        .createMessageCorrelation("requestWithdrawn")
        .processInstanceId(instance.getId())
        .correlate();

    assertThat(instance).hasPassed("withdrawalRecorded").isEnded();
    assertThat(calls).isEmpty();
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void shouldMarkTheRequestOverdueWhenTheReplyPeriodEndsAndStillTakeALateAnswer() {
    ProcessInstance instance = receive(16L, null);

    clockAt(DEADLINE.plus(1, ChronoUnit.MINUTES));
    execute(job("replyPeriodEnded", instance));

    assertThat(calls).containsExactly("overdue 16");
    assertThat(instance).hasPassed("markRequestOverdue").isWaitingAt("assessRequest");

    complete(task(instance), withVariables("outcome", "DECIDE", "resolution", "GRANTED"));

    assertThat(calls).containsExactly("overdue 16", "release 16");
    assertThat(instance).isEnded();
  }

  @Test
  void shouldRestartAnOlderProcedureAtTheAssessmentWithItsReplyPeriod() {
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("information-request")
            .singleResult()
            .getId();
    Map<String, Object> variables = new HashMap<>();
    variables.put("requestId", 19L);
    variables.put("bodyCode", "MIN-EF");
    variables.put("replyDeadline", Date.from(DEADLINE));
    variables.put("nextReminderAt", null);

    // As the start of a newer server moves a request off the first model (ProcessVersionUpgrade).
    ProcessInstance instance =
        engine
            .getRuntimeService()
            .createProcessInstanceById(definition)
            .businessKey("DI-2026-19")
            .setVariables(variables)
            .startBeforeActivity("assessRequest")
            .execute();

    assertThat(instance).isWaitingAtExactly("handleRequest", "assessRequest");
    assertThat(job("replyPeriodEnded", instance).getDuedate()).isEqualTo(Date.from(DEADLINE));
    clockAt(DEADLINE.plus(1, ChronoUnit.MINUTES));
    execute(job("replyPeriodEnded", instance));
    assertThat(calls).containsExactly("overdue 19");
    complete(task(instance), withVariables("outcome", "DECIDE", "resolution", "GRANTED"));
    assertThat(instance).isEnded();
  }

  @Test
  void shouldNotFireTheDeadlineBeforeTheReplyPeriodEnds() {
    ProcessInstance instance = receive(17L, null);

    clockAt(DEADLINE.minus(1, ChronoUnit.MINUTES));

    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .duedateLowerThan(ClockUtil.getCurrentTime())
                .count())
        .isZero();
  }

  @Test
  void shouldRemindTheOfficersAtEachScheduledPointUntilNoneIsLeft() {
    ProcessInstance instance = receive(18L, FIRST_REMINDER);
    reminderSchedule.add(SECOND_REMINDER);

    clockAt(FIRST_REMINDER.plusSeconds(1));
    execute(job("reminderDue", instance));
    assertThat(job("reminderDue", instance).getDuedate()).isEqualTo(Date.from(SECOND_REMINDER));

    clockAt(SECOND_REMINDER.plusSeconds(1));
    execute(job("reminderDue", instance));

    assertThat(calls).containsExactly("remind 18", "remind 18");
    assertThat(instance).hasPassed("remindersDone").isWaitingAt("assessRequest");
  }

  private ProcessInstance receive(long requestId, Instant firstReminder) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("requestId", requestId);
    variables.put("bodyCode", "MIN-EF");
    variables.put("replyDeadline", Date.from(DEADLINE));
    variables.put("nextReminderAt", firstReminder == null ? null : Date.from(firstReminder));
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey("information-request", "DI-2026-" + requestId, variables);
  }
}
