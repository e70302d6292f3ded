package ma.accesinfo.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.Test;

/** Every path of the complaint-to-head process, with the engine's clock. */
@Deployment(resources = "bpmn/complaint-to-head.bpmn")
class ComplaintToHeadProcessTest extends ProcessTestSupport {

  private static final Instant RECEIVED = Instant.parse("2026-12-01T10:00:00Z");
  private static final Instant REMINDER = Instant.parse("2026-12-12T23:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2026-12-15T23:00:00Z");
  private static final Instant RELEASE_DEADLINE = Instant.parse("2026-12-31T23:00:00Z");

  @Override
  protected Instant startTime() {
    return RECEIVED;
  }

  @Override
  protected void registerDelegates() {
    Mocks.register("remindHeadDelegate", recording("remind", "complaintId"));
    Mocks.register("noteHeadDeadlinePassedDelegate", recording("headLate", "complaintId"));
    Mocks.register("noteReleaseOverdueDelegate", recording("releaseLate", "complaintId"));
  }

  @Test
  void shouldWaitForTheHeadOfTheBodyWithAReminderAndTheDeadline() {
    ProcessInstance complaint = receive(3L);

    assertThat(complaint).isWaitingAt("decideComplaint");
    assertThat(task(complaint)).hasCandidateGroup("heads-MIN-EF");
    assertThat(job("decisionPeriodEnded", complaint).getDuedate()).isEqualTo(Date.from(DEADLINE));
    assertThat(job("headReminderDue", complaint).getDuedate()).isEqualTo(Date.from(REMINDER));
  }

  @Test
  void shouldEndWhenTheHeadUpholdsTheAnswer() {
    ProcessInstance complaint = receive(4L);

    complete(task(complaint), withVariables("decision", "UPHELD"));

    assertThat(complaint).hasPassed("complaintUpheld").isEnded();
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void shouldHaveTheOfficersReleaseTheInformationWhenTheHeadOverturns() {
    ProcessInstance complaint = receive(5L);

    complete(
        task(complaint),
        withVariables(
            "decision", "PARTIALLY_OVERTURNED", "releaseDeadline", Date.from(RELEASE_DEADLINE)));

    assertThat(complaint).isWaitingAt("releaseInformation");
    assertThat(task(complaint)).hasCandidateGroup("officers-MIN-EF");
    assertThat(job("releasePeriodEnded", complaint).getDuedate())
        .isEqualTo(Date.from(RELEASE_DEADLINE));

    complete(task(complaint));

    assertThat(complaint).hasPassed("informationReleased").isEnded();
  }

  @Test
  void shouldNoteALateReleaseAndStillWaitForIt() {
    ProcessInstance complaint = receive(6L);
    complete(
        task(complaint),
        withVariables("decision", "OVERTURNED", "releaseDeadline", Date.from(RELEASE_DEADLINE)));

    clockAt(RELEASE_DEADLINE.plusSeconds(60));
    execute(job("releasePeriodEnded", complaint));

    assertThat(calls).containsExactly("releaseLate 6");
    assertThat(complaint).isWaitingAt("releaseInformation");
  }

  @Test
  void shouldRemindTheHeadThenNoteTheMissedDeadlineAndStillTakeALateDecision() {
    ProcessInstance complaint = receive(7L);

    clockAt(REMINDER.plusSeconds(60));
    execute(job("headReminderDue", complaint));
    clockAt(DEADLINE.plusSeconds(60));
    execute(job("decisionPeriodEnded", complaint));

    assertThat(calls).containsExactly("remind 7", "headLate 7");
    assertThat(complaint).isWaitingAt("decideComplaint");

    complete(task(complaint), withVariables("decision", "UPHELD"));
    assertThat(complaint).isEnded();
  }

  private ProcessInstance receive(long complaintId) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "complaint-to-head",
            "RC-2026-" + complaintId,
            Map.of(
                "complaintId",
                complaintId,
                "bodyCode",
                "MIN-EF",
                "decisionDeadline",
                Date.from(DEADLINE),
                "headReminderAt",
                Date.from(REMINDER)));
  }
}
