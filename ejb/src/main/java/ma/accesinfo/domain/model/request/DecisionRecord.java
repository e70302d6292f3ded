package ma.accesinfo.domain.model.request;

import java.util.Objects;
import java.util.Set;
import ma.accesinfo.domain.model.body.Body;

/**
 * A decision on a request as the officer records it.
 *
 * @param refusalGround the Art. 18 ground of a refusal; null otherwise
 * @param exemptions the Art. 7 exemptions cited by a refusal or a partial grant
 * @param publicJustification why the exemptions apply, written for the public register
 * @param publishedReference where already published information can be found
 * @param withheldParts what a partial grant withholds (Art. 8)
 * @param competentBody the body that holds information this body does not, when known
 * @param unpublishedReason why a released answer stays out of the public disclosure log, if it does
 */
public record DecisionRecord(
    Resolution resolution,
    String refusalGround,
    Set<String> exemptions,
    String publicJustification,
    String publishedReference,
    String withheldParts,
    String message,
    Body competentBody,
    String unpublishedReason) {
  public DecisionRecord {
    Objects.requireNonNull(resolution);
    Objects.requireNonNull(message);
    exemptions = Set.copyOf(exemptions);
  }
}
