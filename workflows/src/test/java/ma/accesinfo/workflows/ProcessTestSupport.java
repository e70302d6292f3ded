package ma.accesinfo.workflows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A process test: an in-memory engine whose clock starts at {@link #startTime()}, and whose service
 * tasks call recording delegates, so a test can check which steps ran, for which case.
 */
abstract class ProcessTestSupport {

  // One extension per test: a static one in this shared superclass is closed by the first class.
  @RegisterExtension
  ProcessEngineExtension engineExtension = ProcessEngineExtension.builder().build();

  /** What the delegates were called for, as "name id", in order. */
  protected final List<String> calls = new ArrayList<>();

  protected ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    engine = engineExtension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(startTime()));
    registerDelegates();
  }

  @AfterEach
  void resetEngine() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** When the engine's clock starts. */
  protected abstract Instant startTime();

  /** Registers a delegate for each service task of the model. */
  protected abstract void registerDelegates();

  /** A delegate that records its name and the case's id, read from that variable. */
  protected JavaDelegate recording(String name, String idVariable) {
    return execution -> calls.add(name + " " + execution.getVariable(idVariable));
  }

  /** Moves the engine's clock. */
  protected static void clockAt(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }
}
