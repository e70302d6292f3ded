package ma.accesinfo.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import ma.accesinfo.domain.model.shared.PersonalDataProtection;
import ma.accesinfo.infrastructure.config.Settings;

/**
 * AES-256-GCM (authenticated encryption) with keys from the setting {@code ACCESINFO_DATA_KEYS}: a
 * comma-separated list of {@code id:base64-key}, the first being the key new values are sealed
 * with, the others older keys still read until re-encryption has moved everything to the first.
 *
 * <p>A sealed value reads {@code pd1:<key id>:<base64url of nonce and ciphertext>}, so that each
 * value names its key and a rotation can proceed row by row. The keys are read from the settings at
 * each use (parsed once per distinct value), so a rotation needs no restart.
 */
@ApplicationScoped
public class AesGcmPersonalDataProtection implements PersonalDataProtection {

  static final String PREFIX = "pd1:";
  static final String SETTING = "accesinfo.data-keys";
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,20}");
  private static final byte[] CONTEXT = "accesinfo personal data".getBytes(StandardCharsets.UTF_8);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random = new SecureRandom();
  private volatile KeyRing parsed;

  /** The keys, the first one current. */
  record KeyRing(String source, String currentId, Map<String, SecretKey> keys) {}

  @Override
  public String seal(String value) {
    if (value == null) {
      return null;
    }
    KeyRing ring = keyRing();
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          ring.keys().get(ring.currentId()),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(CONTEXT);
      byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX
          + ring.currentId()
          + ":"
          + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("personal data could not be sealed", e);
    }
  }

  @Override
  public String open(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored;
    }
    int colon = stored.indexOf(':', PREFIX.length());
    if (colon < 0) {
      throw new IllegalStateException("a sealed value is malformed");
    }
    String keyId = stored.substring(PREFIX.length(), colon);
    SecretKey key = keyRing().keys().get(keyId);
    if (key == null) {
      throw new IllegalStateException(
          "personal data sealed with key '" + keyId + "', which " + SETTING + " no longer holds");
    }
    try {
      byte[] in = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      cipher.updateAAD(CONTEXT);
      return new String(
          cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("personal data failed its integrity check", e);
    }
  }

  /** The id of the key values are sealed with now. */
  public String currentKeyId() {
    return keyRing().currentId();
  }

  /** Whether a stored value is sealed under the current key (null counts as nothing to do). */
  public boolean isCurrent(String stored) {
    return stored == null || stored.startsWith(PREFIX + currentKeyId() + ":");
  }

  KeyRing keyRing() {
    String source = Settings.get(SETTING).orElse(null);
    KeyRing ring = parsed;
    if (ring != null && ring.source().equals(source)) {
      return ring;
    }
    ring = parse(source);
    parsed = ring;
    return ring;
  }

  static KeyRing parse(String source) {
    if (source == null) {
      throw new IllegalStateException(
          "No key for personal data: set ACCESINFO_DATA_KEYS to id:base64-of-32-random-bytes"
              + " (see README, Configuration)");
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    for (String entry : source.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
        throw new IllegalStateException(
            "ACCESINFO_DATA_KEYS: each key is id:base64, the id made of letters, digits, - or _");
      }
      byte[] bytes;
      try {
        bytes = Base64.getDecoder().decode(parts[1].strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "ACCESINFO_DATA_KEYS: key '" + parts[0] + "' is not base64");
      }
      if (bytes.length != 32) {
        throw new IllegalStateException(
            "ACCESINFO_DATA_KEYS: key '" + parts[0] + "' must be 32 bytes (AES-256)");
      }
      if (keys.putIfAbsent(parts[0], new SecretKeySpec(bytes, "AES")) != null) {
        throw new IllegalStateException("ACCESINFO_DATA_KEYS: key id '" + parts[0] + "' repeated");
      }
    }
    return new KeyRing(source, keys.keySet().iterator().next(), Map.copyOf(keys));
  }
}
