package ma.accesinfo.application;

import java.time.Instant;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.Resolution;

/** The running procedure of each request, kept by a process engine. */
public interface RequestWorkflow {

  /**
   * Starts the request's procedure in the caller's transaction.
   *
   * @param replyDeadline the instant the reply period ends
   * @return the process instance id
   */
  String startProcedure(InformationRequest request, Instant replyDeadline);

  /** Ends the officer's assessment with that resolution; the procedure moves on. */
  void completeAssessment(InformationRequest request, Resolution resolution);
}
