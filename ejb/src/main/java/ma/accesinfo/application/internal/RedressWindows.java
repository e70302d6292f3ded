package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import ma.accesinfo.application.LegalRuleViolationException;
import ma.accesinfo.domain.model.calendar.LegalPeriod;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.ComplaintBasis;
import ma.accesinfo.domain.model.complaint.HeadComplaint;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.RequestStatus;
import ma.accesinfo.domain.model.request.Resolution;

/**
 * The windows the law opens for redress, computed from the law's dates rather than from flags a
 * timer sets. Each window runs from an answer (the body's, the head's, the Commission's) or from
 * the end of the period without one; when the answer came late, both count: the window opens when
 * the period ended and closes at the later of the two ends.
 */
@ApplicationScoped
public class RedressWindows {

  @Inject LegalCalendar legalCalendar;
  @Inject AccessLaw law;

  /** A window: its first and last day. */
  public record Window(LocalDate opens, LocalDate ends) {}

  /** What a complaint to the head of this request would be about; refuses when none may be made. */
  public ComplaintBasis headComplaintBasis(InformationRequest request) {
    if (request.status() == RequestStatus.ANSWERED) {
      Resolution resolution = request.resolution();
      return resolution == Resolution.REFUSED
          ? ComplaintBasis.REFUSAL
          : resolution == Resolution.PARTIALLY_GRANTED
              ? ComplaintBasis.PARTIAL_GRANT
              : ComplaintBasis.UNSATISFYING_ANSWER;
    }
    if (request.status().closed()) {
      throw new LegalRuleViolationException("complaintNotPossible", request.status().name());
    }
    return ComplaintBasis.NO_ANSWER;
  }

  /** Art. 19: 20 working days from the answer, or from the end of the reply period without one. */
  public Window headComplaintWindow(InformationRequest request) {
    Instant answered = request.status() == RequestStatus.ANSWERED ? request.closedAt() : null;
    return window(request.dueDate(), answered, law.complaintToHeadWindow());
  }

  /** Art. 20: 30 days from the head's decision, or from the end of the head's 15 days. */
  public Window commissionWindow(HeadComplaint complaint) {
    return window(complaint.dueDate(), complaint.decidedAt(), law.commissionComplaintWindow());
  }

  /** Art. 21: 60 days from the Commission's answer, or from the end of its 30 days. */
  public Window courtWindow(CommissionComplaint complaint) {
    return window(complaint.dueDate(), complaint.answeredAt(), law.courtWindow());
  }

  /** Refuses, naming the window's dates, a filing made on a day outside it. */
  public void require(Window window, LocalDate on, String notOpenCode, String closedCode) {
    if (on.isBefore(window.opens())) {
      throw new LegalRuleViolationException(notOpenCode, window.opens().toString());
    }
    if (on.isAfter(window.ends())) {
      throw new LegalRuleViolationException(
          closedCode, window.opens().toString(), window.ends().toString());
    }
  }

  private Window window(LocalDate due, Instant answeredAt, LegalPeriod period) {
    var clock = legalCalendar.clock();
    Window afterExpiry = new Window(due.plusDays(1), clock.lastDay(due, period));
    if (answeredAt == null) {
      return afterExpiry;
    }
    LocalDate answeredOn = law.dayOf(answeredAt);
    Window afterAnswer = new Window(answeredOn, clock.lastDay(answeredOn, period));
    if (!answeredOn.isAfter(due)) {
      return afterAnswer;
    }
    LocalDate ends =
        afterAnswer.ends().isAfter(afterExpiry.ends()) ? afterAnswer.ends() : afterExpiry.ends();
    return new Window(afterExpiry.opens(), ends);
  }
}
