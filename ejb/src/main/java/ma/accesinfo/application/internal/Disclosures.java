package ma.accesinfo.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import ma.accesinfo.domain.model.law.AccessLaw;
import ma.accesinfo.domain.model.openness.DisclosureLog;
import ma.accesinfo.domain.model.openness.PersonalDataRedaction;
import ma.accesinfo.domain.model.request.InformationRequest;
import ma.accesinfo.domain.model.request.Resolution;

/**
 * Publishes a released answer in the disclosure log: the requester becomes a pseudonym that links
 * to nothing else, and their names and any personal data patterns leave the texts.
 */
@ApplicationScoped
public class Disclosures {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private final SecureRandom random = new SecureRandom();

  @Inject DisclosureLog log;
  @Inject PersonalDataRedaction redaction;
  @Inject AccessLaw law;

  /** Publishes the request's released answer unless the officer kept it out, with a reason. */
  public void publish(InformationRequest request, Instant at) {
    Resolution resolution = request.resolution();
    if ((resolution != Resolution.GRANTED && resolution != Resolution.PARTIALLY_GRANTED)
        || request.disclosureWithheldReason() != null) {
      return;
    }
    List<String> names =
        List.of(request.requesterDetails().firstName(), request.requesterDetails().lastName());
    log.publish(
        new DisclosureLog.NewEntry(
            request.id(),
            request.body().id(),
            at,
            law.dayOf(at),
            resolution.name(),
            pseudonym(),
            request.language().code(),
            redaction.redact(request.subject(), names),
            redaction.redact(request.description(), names),
            redaction.redact(request.responseMessage(), names),
            redaction.redact(request.withheldParts(), names)));
  }

  private String pseudonym() {
    StringBuilder p = new StringBuilder("D-");
    for (int i = 0; i < 6; i++) {
      p.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return p.toString();
  }
}
