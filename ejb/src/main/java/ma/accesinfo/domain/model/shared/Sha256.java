package ma.accesinfo.domain.model.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 checksums the product gives of documents, reports and hash-chain links. */
public final class Sha256 {

  private Sha256() {}

  /** The SHA-256 of the bytes, in lowercase hexadecimal. */
  public static String hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
