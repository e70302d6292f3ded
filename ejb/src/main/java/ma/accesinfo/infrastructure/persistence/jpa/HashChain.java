package ma.accesinfo.infrastructure.persistence.jpa;

import java.nio.charset.StandardCharsets;
import ma.accesinfo.domain.model.shared.Sha256;

/**
 * The links of the project's hash chains (audit trail, refusal register): SHA-256 over the previous
 * link, the entry's place in the chain and its fields, each length-prefixed so that no two
 * different entries give the same text.
 */
final class HashChain {

  static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  static String link(String previous, long seq, Object... fields) {
    StringBuilder text = new StringBuilder(previous).append('\n').append(seq);
    for (Object field : fields) {
      String value = field == null ? "" : field.toString();
      text.append('\n').append(field == null ? -1 : value.length()).append(':').append(value);
    }
    return Sha256.hex(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
