package org.shuzhi.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends everything an account is signed in with: its browser sessions (Spring Session rows, found by
 * principal name) and its API tokens. Used when an account is disabled or its credentials or rights
 * are changed by an administrator, so the change takes effect now rather than at the next login
 * (ASVS 5.0 7.4.2; the session keeps a snapshot of the rights taken at login).
 */
@Component
class AccountSessions {

  private final JdbcClient jdbc;

  AccountSessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Returns how many sessions were ended. */
  int endAll(String username) {
    // Attributes go with their session (ON DELETE CASCADE).
    int sessions =
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(username).update();
    jdbc.sql("UPDATE identity_token SET revoked = TRUE WHERE username = ? AND NOT revoked")
        .param(username)
        .update();
    return sessions;
  }
}
