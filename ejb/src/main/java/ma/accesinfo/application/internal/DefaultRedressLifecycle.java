package ma.accesinfo.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import ma.accesinfo.application.RedressLifecycle;
import ma.accesinfo.domain.model.complaint.CommissionComplaint;
import ma.accesinfo.domain.model.complaint.CommissionComplaintStatus;
import ma.accesinfo.domain.model.complaint.ComplaintRepository;
import ma.accesinfo.domain.model.complaint.ComplianceStatus;
import ma.accesinfo.domain.model.complaint.HeadComplaint;
import ma.accesinfo.domain.model.complaint.HeadComplaintStatus;
import ma.accesinfo.domain.model.request.EventType;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.InformationRequestRepository;
import ma.accesinfo.domain.model.shared.Jsons;

@Stateless
public class DefaultRedressLifecycle implements RedressLifecycle {

  @Inject ComplaintRepository complaints;
  @Inject InformationRequestRepository requests;
  @Inject RedressWindows windows;
  @Inject Clock clock;
  @Inject EventLog eventLog;
  @Inject Notifications notifications;

  @Override
  public void remindHead(long headComplaintId) {
    HeadComplaint complaint = headComplaint(headComplaintId);
    if (complaint.status() == HeadComplaintStatus.AWAITING_DECISION) {
      event(
          complaint.request(),
          EventType.HEAD_REMINDED,
          Jsons.createObjectBuilder()
              .add("complaint", complaint.reference())
              .add("decisionDue", complaint.dueDate().toString()));
      notifications.remindHead(complaint);
    }
  }

  @Override
  public void headDeadlinePassed(long headComplaintId) {
    HeadComplaint complaint = headComplaint(headComplaintId);
    if (complaint.markOverdue(clock.instant())) {
      RedressWindows.Window commission = windows.commissionWindow(complaint);
      event(
          complaint.request(),
          EventType.HEAD_DEADLINE_PASSED,
          Jsons.createObjectBuilder()
              .add("complaint", complaint.reference())
              .add("decisionDue", complaint.dueDate().toString())
              .add("commissionWindowEnds", commission.ends().toString()));
      notifications.headSilent(complaint, commission.ends());
    }
  }

  @Override
  public void releaseOverdue(long headComplaintId) {
    HeadComplaint complaint = headComplaint(headComplaintId);
    if (complaint.markReleaseOverdue(clock.instant())) {
      event(
          complaint.request(),
          EventType.RELEASE_OVERDUE,
          Jsons.createObjectBuilder()
              .add("complaint", complaint.reference())
              .add("releaseDueDate", complaint.releaseDueDate().toString()));
    }
  }

  @Override
  public void observationsUnanswered(long commissionComplaintId) {
    CommissionComplaint complaint = commissionComplaint(commissionComplaintId);
    if (complaint.status() != CommissionComplaintStatus.AWAITING_OBSERVATIONS) {
      return;
    }
    Instant now = clock.instant();
    complaints.openObservationRequest(complaint).ifPresent(o -> o.lapse(now));
    complaint.resumeInvestigation(now);
    event(
        complaint.request(),
        EventType.OBSERVATIONS_UNANSWERED,
        Jsons.createObjectBuilder().add("complaint", complaint.reference()));
  }

  @Override
  public void commissionDeadlinePassed(long commissionComplaintId) {
    CommissionComplaint complaint = commissionComplaint(commissionComplaintId);
    if (complaint.markOverdue(clock.instant())) {
      event(
          complaint.request(),
          EventType.COMMISSION_DEADLINE_PASSED,
          Jsons.createObjectBuilder()
              .add("complaint", complaint.reference())
              .add("answerDue", complaint.dueDate().toString())
              .add("courtWindowEnds", windows.courtWindow(complaint).ends().toString()));
      notifications.commissionSilent(complaint, windows.courtWindow(complaint).ends());
    }
  }

  @Override
  public void complianceOverdue(long commissionComplaintId) {
    CommissionComplaint complaint = commissionComplaint(commissionComplaintId);
    if (complaint.complianceStatus() == ComplianceStatus.PENDING) {
      event(
          complaint.request(),
          EventType.COMPLIANCE_OVERDUE,
          Jsons.createObjectBuilder()
              .add("complaint", complaint.reference())
              .add("complianceDueDate", complaint.complianceDueDate().toString()));
    }
  }

  private HeadComplaint headComplaint(long id) {
    return complaints
        .findHeadComplaintForChange(id)
        .orElseThrow(() -> new IllegalStateException("no complaint with id " + id));
  }

  private CommissionComplaint commissionComplaint(long id) {
    return complaints
        .findCommissionComplaintForChange(id)
        .orElseThrow(() -> new IllegalStateException("no Commission complaint with id " + id));
  }

  private void event(InformationRequest request, EventType type, JsonObjectBuilder context) {
    eventLog.record(request, null, type, context);
  }
}
