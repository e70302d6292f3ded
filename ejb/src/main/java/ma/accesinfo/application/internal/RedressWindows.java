package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import ma.accesinfo.application.LegalRuleViolationException;
import ma.accesinfo.domain.model.calendar.LegalClock;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.ComplaintBasis;
import ma.accesinfo.domain.model.complaint.HeadComplaint;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.RequestStatus;
import ma.accesinfo.domain.model.request.Resolution;

/** The windows the law opens for redress, and the checks that a complaint falls within one. */
@ApplicationScoped
public class RedressWindows {

  @Inject LegalCalendar legalCalendar;
  @Inject AccessLaw law;

  /** A window: its first and last day. */
  public record Window(LocalDate opens, LocalDate ends) {
    boolean contains(LocalDate day) {
      return !day.isBefore(opens) && !day.isAfter(ends);
    }
  }

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
    if (request.overdue() && !request.status().closed()) {
      return ComplaintBasis.NO_ANSWER;
    }
    if (request.status().closed()) {
      throw new LegalRuleViolationException("complaintNotPossible", request.status().name());
    }
    throw new LegalRuleViolationException("complaintWindowNotOpen", request.dueDate().toString());
  }

  /** Art. 19: 20 working days from the answer, or from the end of the reply period without one. */
  public Window headComplaintWindow(InformationRequest request, ComplaintBasis basis) {
    LocalDate opens =
        basis == ComplaintBasis.NO_ANSWER ? request.dueDate() : law.dayOf(request.closedAt());
    return new Window(opens, clock().lastDay(opens, law.complaintToHeadWindow()));
  }

  /** Refuses a complaint to the head made on a day outside its window. */
  public void requireHeadComplaintWindow(
      InformationRequest request, ComplaintBasis basis, LocalDate on) {
    Window window = headComplaintWindow(request, basis);
    if (on.isBefore(window.opens())) {
      throw new LegalRuleViolationException("complaintWindowNotOpen", window.opens().toString());
    }
    if (!window.contains(on)) {
      throw new LegalRuleViolationException(
          "complaintWindowClosed", window.opens().toString(), window.ends().toString());
    }
  }

  /**
   * Art. 20: 30 days from the head's decision, or from the end of the head's 15 days without one;
   * null while the head may still decide.
   */
  public Window commissionWindow(HeadComplaint complaint) {
    LocalDate opens;
    if (complaint.decidedAt() != null) {
      opens = law.dayOf(complaint.decidedAt());
    } else if (complaint.overdue()) {
      opens = complaint.dueDate();
    } else {
      return null;
    }
    return new Window(opens, clock().lastDay(opens, law.commissionComplaintWindow()));
  }

  /** Refuses a complaint to the Commission made on a day outside its window. */
  public void requireCommissionWindow(HeadComplaint complaint, LocalDate on) {
    Window window = commissionWindow(complaint);
    if (window == null) {
      throw new LegalRuleViolationException(
          "commissionWindowNotOpen", complaint.dueDate().toString());
    }
    if (!window.contains(on)) {
      throw new LegalRuleViolationException(
          "commissionWindowClosed", window.opens().toString(), window.ends().toString());
    }
  }

  /**
   * Art. 21: 60 days from the Commission's answer, or from the end of its period without one; null
   * while the Commission may still answer.
   */
  public Window courtWindow(CommissionComplaint complaint) {
    LocalDate opens;
    if (complaint.recommendedAt() != null) {
      opens = law.dayOf(complaint.recommendedAt());
    } else if (complaint.overdue()) {
      opens = complaint.dueDate();
    } else {
      return null;
    }
    return new Window(opens, clock().lastDay(opens, law.courtWindow()));
  }

  private LegalClock clock() {
    return legalCalendar.clock();
  }
}
