package org.shuzhi.identity.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shuzhi.platform.InvalidInputException.Violation;
import org.springframework.stereotype.Component;

/** Checks new passwords against the configured policy and generates random ones that pass. */
@Component
class PasswordPolicy {

  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String OTHERS = "!@#%^*-_=+";

  private final SecurityPolicyProperties.Password rules;
  private final SecureRandom random = new SecureRandom();

  PasswordPolicy(SecurityPolicyProperties properties) {
    this.rules = properties.password();
  }

  /** The broken rules, empty when the password is acceptable. */
  List<Violation> check(String password, String username) {
    List<Violation> problems = new ArrayList<>();
    if (password == null || password.length() < rules.minLength()) {
      problems.add(new Violation("newPassword", "identity.password.tooShort", rules.minLength()));
      return problems;
    }
    if (password.length() > rules.maxLength()) {
      problems.add(new Violation("newPassword", "identity.password.tooLong", rules.maxLength()));
    }
    if (classes(password) < rules.minClasses()) {
      problems.add(new Violation("newPassword", "identity.password.tooSimple", rules.minClasses()));
    }
    if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
      problems.add(new Violation("newPassword", "identity.password.containsUsername"));
    }
    return problems;
  }

  boolean expired(Instant changedAt, Instant now) {
    return rules.maxAgeDays() > 0
        && changedAt != null
        && changedAt.plus(Duration.ofDays(rules.maxAgeDays())).isBefore(now);
  }

  String generate() {
    String all = UPPER + LOWER + DIGITS + OTHERS;
    StringBuilder sb = new StringBuilder();
    sb.append(pick(UPPER)).append(pick(LOWER)).append(pick(DIGITS)).append(pick(OTHERS));
    int length = Math.max(16, rules.minLength());
    while (sb.length() < length) {
      sb.append(pick(all));
    }
    // Shuffle so the class order is not predictable.
    for (int i = sb.length() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char c = sb.charAt(i);
      sb.setCharAt(i, sb.charAt(j));
      sb.setCharAt(j, c);
    }
    return sb.toString();
  }

  static int classes(String password) {
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  private char pick(String alphabet) {
    return alphabet.charAt(random.nextInt(alphabet.length()));
  }
}
