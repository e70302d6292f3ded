package ma.accesinfo.domain.model.complaint;

import java.util.List;
import java.util.Optional;
import ma.accesinfo.domain.model.request.InformationRequest;

/**
 * Complaints to heads of bodies and to the Commission, and the Commission's observation requests.
 */
public interface ComplaintRepository {

  void store(HeadComplaint complaint);

  void store(CommissionComplaint complaint);

  void store(ObservationRequest observationRequest);

  Optional<HeadComplaint> findHeadComplaint(String reference);

  /** The complaint, locked against concurrent changes until the transaction ends. */
  Optional<HeadComplaint> findHeadComplaintForChange(String reference);

  Optional<HeadComplaint> findHeadComplaintForChange(long id);

  Optional<HeadComplaint> headComplaintOf(InformationRequest request);

  Optional<CommissionComplaint> findCommissionComplaint(String reference);

  /** The complaint, locked against concurrent changes until the transaction ends. */
  Optional<CommissionComplaint> findCommissionComplaintForChange(String reference);

  Optional<CommissionComplaint> findCommissionComplaintForChange(long id);

  /** The request's complaint to the Commission that is not inadmissible, if any. */
  Optional<CommissionComplaint> liveCommissionComplaintOf(InformationRequest request);

  /** Whether any complaint to the Commission concerns the request. */
  boolean isBeforeTheCommission(InformationRequest request);

  List<HeadComplaint> headComplaintsFiledBy(long accountId, int limit);

  List<HeadComplaint> headComplaintsAgainst(List<Long> bodyIds, int limit);

  List<CommissionComplaint> commissionComplaintsFiledBy(long accountId, int limit);

  List<CommissionComplaint> commissionComplaintsAgainst(List<Long> bodyIds, int limit);

  /**
   * Every complaint to the Commission, the earliest due first, of that status when one is given.
   */
  List<CommissionComplaint> allCommissionComplaints(CommissionComplaintStatus status, int limit);

  Optional<ObservationRequest> openObservationRequest(CommissionComplaint complaint);

  List<ObservationRequest> observationRequests(CommissionComplaint complaint);
}
