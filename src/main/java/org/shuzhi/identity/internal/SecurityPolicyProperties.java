package org.shuzhi.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login policy. Defaults follow common 等保 2.0 level-3 practice (GB/T 22239-2019 8.1.4.1 a/b):
 * complexity and periodic change, lockout after repeated failures, idle timeout (the session
 * timeout itself is {@code spring.session.timeout}). ASVS 6.2.5/6.2.10 advise against composition
 * rules and forced rotation; 等保 is binding here, so they are on by default (ADR 0003).
 */
@ConfigurationProperties("shuzhi.security")
record SecurityPolicyProperties(Password password, Lockout lockout, Duration apiTokenLifetime) {

  SecurityPolicyProperties {
    password = password == null ? new Password(8, 128, 3, 90) : password;
    lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
    apiTokenLifetime = apiTokenLifetime == null ? Duration.ofMinutes(30) : apiTokenLifetime;
  }

  /**
   * @param minLength at least this many characters
   * @param maxLength at most (ASVS 6.2.9: allow at least 64)
   * @param minClasses of upper case, lower case, digits, others
   * @param maxAgeDays must be changed after this many days; 0 = never
   */
  record Password(int minLength, int maxLength, int minClasses, int maxAgeDays) {}

  /**
   * @param maxFailures consecutive failures before the account is locked
   * @param duration how long it stays locked
   */
  record Lockout(int maxFailures, Duration duration) {}
}
