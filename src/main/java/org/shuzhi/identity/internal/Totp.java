package org.shuzhi.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords, RFC 6238 (HMAC-SHA1, 30 s steps, 6 digits) as authenticator apps
 * expect; codes of the previous and next step are accepted for clock drift.
 */
final class Totp {

  private static final int STEP_SECONDS = 30;
  private static final int DIGITS = 6;

  private final SecureRandom random = new SecureRandom();

  String newSecret() {
    byte[] key = new byte[20];
    random.nextBytes(key);
    return new Base32().encodeToString(key).replace("=", "");
  }

  /** The time step the code matches, if any. */
  OptionalLong verify(String base32Secret, String code, Instant now) {
    if (code == null || !code.matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    long current = now.getEpochSecond() / STEP_SECONDS;
    for (long step = current - 1; step <= current + 1; step++) {
      if (code(base32Secret, step).equals(code)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  String code(String base32Secret, long step) {
    try {
      byte[] key = new Base32().decode(base32Secret);
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format("%0" + DIGITS + "d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }

  String otpauthUri(String issuer, String username, String secret) {
    return "otpauth://totp/"
        + issuer
        + ":"
        + username
        + "?secret="
        + secret
        + "&issuer="
        + issuer
        + "&algorithm=SHA1&digits=6&period=30";
  }
}
