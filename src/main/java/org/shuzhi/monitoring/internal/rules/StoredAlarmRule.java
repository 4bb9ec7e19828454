package org.shuzhi.monitoring.internal.rules;

import java.time.Instant;

/**
 * A saved rule with its bookkeeping.
 *
 * @param rule the rule
 * @param version counts every change; an update must name the version it was based on
 * @param createdAt first saved
 * @param createdBy by whom
 * @param updatedAt last changed
 * @param updatedBy by whom
 */
public record StoredAlarmRule(
    AlarmRule rule,
    int version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public String code() {
    return rule.code();
  }

  /** The JSON type name of the rule's outermost condition, e.g. {@code threshold}. */
  public String conditionType() {
    Condition c = rule.condition();
    var names = Condition.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
    for (var type : names.value()) {
      if (type.value().isInstance(c)) {
        return type.name();
      }
    }
    return "";
  }
}
