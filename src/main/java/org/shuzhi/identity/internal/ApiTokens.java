package org.shuzhi.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.shuzhi.identity.OpaqueTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque Bearer tokens for scripts, devices and integrations, issued and hashed by {@link
 * OpaqueTokens}; a user token carries exactly its account's rights.
 */
@Component
class ApiTokens {

  /** A token just issued; the plain value is never stored. */
  record Issued(String token, Instant expiresAt) {}

  /** What a valid token stands for. */
  record Holder(String kind, String username, String subject) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final OpaqueTokens tokens;

  ApiTokens(JdbcClient jdbc, Clock clock, OpaqueTokens tokens) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.tokens = tokens;
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
        .param(OpaqueTokens.hash(token))
        .param(Timestamp.from(clock.instant()))
        .query((rs, n) -> new Holder(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  private Issued issue(String kind, String username, String subject, Duration lifetime) {
    String token = tokens.issue();
    Instant expiresAt = clock.instant().plus(lifetime);
    jdbc.sql(
            "INSERT INTO identity_token (token_hash, kind, username, subject, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .param(OpaqueTokens.hash(token))
        .param(kind)
        .param(username)
        .param(subject)
        .param(Timestamp.from(expiresAt))
        .update();
    return new Issued(token, expiresAt);
  }
}
