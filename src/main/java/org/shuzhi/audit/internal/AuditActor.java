package org.shuzhi.audit.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who acted, as stored in the trail.
 *
 * @param name login name, or null when nobody is signed in
 * @param role the role without its {@code ROLE_} prefix, or null
 */
record AuditActor(String name, String role) {

  private static final String ROLE_PREFIX = "ROLE_";

  static final AuditActor NOBODY = new AuditActor(null, null);

  /** Work outside any request: start-up loaders and scheduled jobs (e.g. hazard escalation). */
  static final AuditActor SYSTEM = new AuditActor("system", null);

  /** The name and the first {@code ROLE_} authority of an authentication. */
  static AuditActor of(Authentication authentication) {
    if (authentication == null) {
      return NOBODY;
    }
    String role =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
            .map(a -> a.substring(ROLE_PREFIX.length()))
            .findFirst()
            .orElse(null);
    return new AuditActor(authentication.getName(), role);
  }
}
