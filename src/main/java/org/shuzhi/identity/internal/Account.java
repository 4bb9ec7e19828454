package org.shuzhi.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.shuzhi.identity.Role;

/** A row of identity_account. */
record Account(
    long id,
    String username,
    String displayName,
    String passwordHash,
    Role role,
    String department,
    Set<String> townCodes,
    String enterpriseUscc,
    boolean mayViewPlaintext,
    boolean enabled,
    int failedAttempts,
    Instant lockedUntil,
    Instant passwordChangedAt,
    boolean mustChangePassword,
    String totpSecret,
    boolean totpConfirmed,
    Long totpLastStep,
    boolean synthetic) {

  boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
