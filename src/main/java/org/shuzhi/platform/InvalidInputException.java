package org.shuzhi.platform;

import java.util.List;

/**
 * Input that breaks a rule, reported to the user in their language: 400 with RFC 9457 problem
 * details on the API, a message on the page. Each violation names the field it concerns.
 */
public class InvalidInputException extends RuntimeException {

  private final transient List<Violation> violations;

  public InvalidInputException(List<Violation> violations) {
    super(violations.isEmpty() ? "invalid input" : violations.get(0).messageKey());
    this.violations = List.copyOf(violations);
  }

  public InvalidInputException(String field, String messageKey, Object... arguments) {
    this(List.of(new Violation(field, messageKey, arguments)));
  }

  public List<Violation> violations() {
    return violations;
  }

  /**
   * One broken rule.
   *
   * @param field the request field it concerns (null when about the whole request)
   * @param messageKey key in the message bundles
   * @param arguments arguments of the message
   */
  public record Violation(String field, String messageKey, Object... arguments) {}
}
