package ma.accesinfo.domain.model.openness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public register of refusals: every refusal and partial grant once it has left the body, then
 * the head's and the Commission's decisions on it, each entry hash-chained to the one before.
 */
public interface RefusalRegister {

  /** The kinds of entry. */
  enum Kind {
    DECISION,
    HEAD_DECISION,
    COMMISSION_RECOMMENDATION
  }

  /** Appends an entry in the caller's transaction; a follow-up refers to the request's decision. */
  void enter(NewEntry entry);

  /** Entries matching the filter, newest first. */
  List<Entry> search(Filter filter, int limit);

  /** Recomputes every link of the chain; the number of the first broken entry, if any. */
  Check verify();

  record NewEntry(
      Instant enteredAt,
      Kind kind,
      long requestId,
      long bodyId,
      LocalDate decidedOn,
      String resolution,
      String refusalGround,
      List<String> exemptions,
      String publicJustification,
      String outcome) {}

  record Filter(String bodyCode, String exemption, Integer year, String outcome) {}

  record Entry(
      long seq,
      Instant enteredAt,
      String kind,
      String bodyCode,
      String bodyNameAr,
      String bodyNameFr,
      LocalDate decidedOn,
      String resolution,
      String refusalGround,
      List<String> exemptions,
      String publicJustification,
      String outcome,
      Long refersTo,
      String previousHash,
      String hash) {}

  record Check(boolean intact, long entries, Long firstBrokenSeq, String lastHash) {}
}
