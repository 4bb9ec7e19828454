package org.shuzhi.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * The scheme of every opaque token the platform hands out (API Bearer tokens, device tokens): 256
 * random bits, shown once, stored only as a SHA-256 hash so a database leak does not leak usable
 * tokens. A fast hash suffices because the token is random, not a chosen password, and fast
 * matters: devices authenticate on every MQTT connect and every HTTP request.
 */
@Component
public class OpaqueTokens {

  private final SecureRandom random = new SecureRandom();

  /** A new token (URL-safe Base64); store only its {@link #hash}. */
  public String issue() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** SHA-256 of the token, as lower-case hex. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison of a presented token with a stored hash. */
  public static boolean matches(String token, String storedHash) {
    if (token == null || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(token).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
