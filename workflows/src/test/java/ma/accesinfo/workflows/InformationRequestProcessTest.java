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
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/information-request.bpmn")
class InformationRequestProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

  private static final Instant RECEIVED = Instant.parse("2026-03-02T09:30:00Z");
  private static final Instant DEADLINE = Instant.parse("2026-03-30T23:00:00Z");

  private final List<Long> released = new ArrayList<>();
  private final List<Long> markedOverdue = new ArrayList<>();
  private ProcessEngine engine;

  @BeforeEach
  void registerDelegates() {
    engine = engineExtension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED));
    Mocks.register("releaseDecisionDelegate", recording(released));
    Mocks.register("markRequestOverdueDelegate", recording(markedOverdue));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void shouldWaitForTheOfficersOfTheBodyOnceReceived() {
    // Given / When
    ProcessInstance instance = receive(42L, "MIN-EF");

    // Then
    assertThat(instance).isWaitingAt("assessRequest");
    assertThat(task(instance)).hasCandidateGroup("officers-MIN-EF");
    Job timer = job("replyPeriodEnded", instance);
    assertThat(timer.getDuedate()).isEqualTo(Date.from(DEADLINE));
  }

  @Test
  void shouldReleaseTheDecisionOnceTheOfficerDecides() {
    // Given
    ProcessInstance instance = receive(7L, "COM-CASA");

    // When
    complete(task(instance), withVariables("resolution", "GRANTED"));

    // Then
    assertThat(instance).hasPassed("releaseDecision").isEnded();
    assertThat(instance).hasNotPassed("markRequestOverdue");
    assertThat(released).containsExactly(7L);
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void shouldMarkTheRequestOverdueWhenTheReplyPeriodEndsAndStillTakeALateAnswer() {
    // Given
    ProcessInstance instance = receive(9L, "MIN-EF");

    // When the engine's clock passes the end of the reply period and the timer fires
    ClockUtil.setCurrentTime(Date.from(DEADLINE.plus(1, ChronoUnit.MINUTES)));
    execute(job("replyPeriodEnded", instance));

    // Then the request is overdue and the officers can still answer
    assertThat(markedOverdue).containsExactly(9L);
    assertThat(instance).hasPassed("markRequestOverdue").isWaitingAt("assessRequest");

    // When the officer answers late
    complete(task(instance), withVariables("resolution", "GRANTED"));

    // Then the answer is released
    assertThat(released).containsExactly(9L);
    assertThat(instance).isEnded();
  }

  @Test
  void shouldNotFireTheTimerBeforeTheReplyPeriodEnds() {
    // Given
    ProcessInstance instance = receive(11L, "MIN-EF");

    // When the engine's clock is one minute before the end of the period
    ClockUtil.setCurrentTime(Date.from(DEADLINE.minus(1, ChronoUnit.MINUTES)));

    // Then no timer is due yet
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .duedateLowerThan(ClockUtil.getCurrentTime())
                .count())
        .isZero();
  }

  private ProcessInstance receive(long requestId, String bodyCode) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "information-request",
            "DI-2026-" + requestId,
            Map.of(
                "requestId",
                requestId,
                "bodyCode",
                bodyCode,
                "replyDeadline",
                Date.from(DEADLINE)));
  }

  private static JavaDelegate recording(List<Long> calls) {
    return execution -> calls.add(((Number) execution.getVariable("requestId")).longValue());
  }
}
