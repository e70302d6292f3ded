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

/** Every path of the commission-complaint process, with the engine's clock. */
@Deployment(resources = "bpmn/commission-complaint.bpmn")
class CommissionComplaintProcessTest extends ProcessTestSupport {

  private static final Instant RECEIVED = Instant.parse("2027-01-05T10:00:00Z");
  private static final Instant OBSERVATIONS_DEADLINE = Instant.parse("2027-01-15T23:00:00Z");
  private static final Instant DEADLINE = Instant.parse("2027-02-04T23:00:00Z");
  private static final Instant COMPLIANCE_DEADLINE = Instant.parse("2027-03-01T23:00:00Z");

  @Override
  protected Instant startTime() {
    return RECEIVED;
  }

  @Override
  protected void registerDelegates() {
    Mocks.register(
        "noteObservationsUnansweredDelegate",
        recording("observationsLate", "commissionComplaintId"));
    Mocks.register(
        "noteCommissionDeadlinePassedDelegate",
        recording("commissionLate", "commissionComplaintId"));
    Mocks.register(
        "noteComplianceOverdueDelegate", recording("complianceLate", "commissionComplaintId"));
  }

  @Test
  void shouldEndAnInadmissibleComplaint() {
    ProcessInstance complaint = receive(1L);
    assertThat(task(complaint)).hasCandidateGroup("commission");

    complete(task(complaint), withVariables("admissible", false));

    assertThat(complaint).hasPassed("complaintInadmissible", "complaintClosed").isEnded();
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  @Test
  void shouldAskTheBodyForObservationsAndTrackComplianceWithADisclosure() {
    ProcessInstance complaint = receive(2L);
    complete(task(complaint), withVariables("admissible", true));
    assertThat(complaint).isWaitingAt("investigateComplaint");

    complete(
        task(complaint),
        withVariables(
            "next", "ASK_BODY", "observationsDeadline", Date.from(OBSERVATIONS_DEADLINE)));
    assertThat(complaint).isWaitingAt("awaitObservations");
    engine
        .getRuntimeService()
        .createMessageCorrelation("observationsReceived")
        .processInstanceId(complaint.getId())
        .correlate();
    assertThat(complaint).isWaitingAt("investigateComplaint");

    complete(
        task(complaint),
        withVariables(
            "next",
            "RECOMMEND",
            "recommendation",
            "DISCLOSE",
            "complianceDeadline",
            Date.from(COMPLIANCE_DEADLINE)));

    assertThat(complaint).hasPassed("recommendationIssued").isWaitingAt("trackCompliance");
    assertThat(task(complaint)).hasCandidateGroup("officers-MIN-EF");
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .activityId("commissionPeriodEnded")
                .count())
        .isZero();

    complete(task(complaint));
    assertThat(complaint).hasPassed("complianceRecorded").isEnded();
  }

  @Test
  void shouldGoOnWithoutTheBodysObservationsWhenTheirPeriodEnds() {
    ProcessInstance complaint = receive(3L);
    complete(task(complaint), withVariables("admissible", true));
    complete(
        task(complaint),
        withVariables(
            "next", "ASK_BODY", "observationsDeadline", Date.from(OBSERVATIONS_DEADLINE)));

    clockAt(OBSERVATIONS_DEADLINE.plusSeconds(60));
    execute(job("observationsPeriodEnded", complaint));

    assertThat(calls).containsExactly("observationsLate 3");
    assertThat(complaint).isWaitingAt("investigateComplaint");
  }

  @Test
  void shouldCloseWithoutComplianceWhenTheRefusalIsUpheld() {
    ProcessInstance complaint = receive(4L);
    complete(task(complaint), withVariables("admissible", true));

    complete(
        task(complaint), withVariables("next", "RECOMMEND", "recommendation", "UPHOLD_REFUSAL"));

    assertThat(complaint).hasPassed("complaintClosed").hasNotPassed("trackCompliance").isEnded();
  }

  @Test
  void shouldNoteTheCommissionsMissedDeadlineAndALateCompliance() {
    ProcessInstance complaint = receive(5L);
    complete(task(complaint), withVariables("admissible", true));

    clockAt(DEADLINE.plusSeconds(60));
    execute(job("commissionPeriodEnded", complaint));
    assertThat(complaint).isWaitingAt("investigateComplaint");

    complete(
        task(complaint),
        withVariables(
            "next",
            "RECOMMEND",
            "recommendation",
            "DISCLOSE_PARTIALLY",
            "complianceDeadline",
            Date.from(COMPLIANCE_DEADLINE)));
    clockAt(COMPLIANCE_DEADLINE.plusSeconds(60));
    execute(job("complianceDayPassed", complaint));

    assertThat(calls).containsExactly("commissionLate 5", "complianceLate 5");
    assertThat(complaint).isWaitingAt("trackCompliance");
  }

  private ProcessInstance receive(long complaintId) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "commission-complaint",
            "CDAI-2027-" + complaintId,
            Map.of(
                "commissionComplaintId",
                complaintId,
                "bodyCode",
                "MIN-EF",
                "commissionDeadline",
                Date.from(DEADLINE),
                "recommendation",
                ""));
  }
}
