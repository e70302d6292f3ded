package ma.accesinfo.application;

import java.time.Instant;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.Resolution;

/**
 * The running procedure of each request, kept by a process engine. Each method moves the request's
 * procedure in the caller's transaction.
 */
public interface RequestWorkflow {

  /**
   * Starts the request's procedure.
   *
   * @param replyDeadline the instant the reply period ends
   * @param firstReminder when the officers are first reminded, or null for no reminder
   * @return the process instance id
   */
  String startProcedure(InformationRequest request, Instant replyDeadline, Instant firstReminder);

  /** The officer decided; a refusal or partial grant goes to legal review, a grant leaves. */
  void decided(InformationRequest request, Resolution resolution);

  /** The officer asked the requester to clarify, who has until the deadline to answer. */
  void clarificationRequested(InformationRequest request, Instant clarificationDeadline);

  void clarificationAnswered(InformationRequest request);

  /** The officer consulted a third party, who has until the deadline to answer. */
  void thirdPartyConsulted(InformationRequest request, Instant consultationDeadline);

  void thirdPartyAnswered(InformationRequest request);

  /** The request went to the competent body; this procedure ends. */
  void forwarded(InformationRequest request);

  /** The legal reviewer approved the decision, or returned it to the officer. */
  void reviewed(InformationRequest request, boolean approved);

  /** The requester withdrew the request; the procedure ends wherever it was. */
  void withdrawn(InformationRequest request);

  /** The request was answered outside its procedure (after a complaint): the procedure ends. */
  void end(InformationRequest request, String reason);

  /** The reply period stands still: its timer and the reminders wait. */
  void suspendDeadline(InformationRequest request);

  /** The reply period runs again, to a new end. */
  void resumeDeadline(InformationRequest request, Instant replyDeadline, Instant nextReminder);

  /** The reply period now ends at another instant; reminders follow it. */
  void moveDeadline(InformationRequest request, Instant replyDeadline, Instant nextReminder);
}
