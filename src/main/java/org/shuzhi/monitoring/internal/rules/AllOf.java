package org.shuzhi.monitoring.internal.rules;

import java.util.List;

/**
 * Every inner condition holds (AND); the severity is the least of theirs.
 *
 * @param conditions at least one
 */
public record AllOf(List<Condition> conditions) implements Condition {

  public AllOf {
    conditions = conditions == null ? null : List.copyOf(conditions);
  }
}
