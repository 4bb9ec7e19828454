package org.shuzhi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque Bearer tokens for scripts, devices and integrations. Only a SHA-256 hash is stored, so a
 * database leak does not leak usable tokens; a user token carries exactly its account's rights.
 */
@Component
class ApiTokens {

  /** A token just issued; the plain value is never stored. */
  record Issued(String token, Instant expiresAt) {}

  /** What a valid token stands for. */
  record Holder(String kind, String username, String subject) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Issued issueForUser(String username, Duration lifetime) {
    return issue("USER", username, null, lifetime);
  }

  Issued issueForIntegration(String kind, String subject, Duration lifetime) {
    return issue(kind, null, subject, lifetime);
  }

  Optional<Holder> resolve(String token) {
    return jdbc.sql(
            "SELECT kind, username, subject FROM identity_token"
                + " WHERE token_hash = ? AND NOT revoked AND expires_at > ?")
        .param(hash(token))
        .param(Timestamp.from(clock.instant()))
        .query((rs, n) -> new Holder(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  private Issued issue(String kind, String username, String subject, Duration lifetime) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expiresAt = clock.instant().plus(lifetime);
    jdbc.sql(
            "INSERT INTO identity_token (token_hash, kind, username, subject, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .param(hash(token))
        .param(kind)
        .param(username)
        .param(subject)
        .param(Timestamp.from(expiresAt))
        .update();
    return new Issued(token, expiresAt);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
