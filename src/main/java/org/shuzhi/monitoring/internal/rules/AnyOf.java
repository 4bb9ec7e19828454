package org.shuzhi.monitoring.internal.rules;

import java.util.List;

/**
 * At least one inner condition holds (OR); the severity is the gravest of those that hold.
 *
 * @param conditions at least one
 */
public record AnyOf(List<Condition> conditions) implements Condition {

  public AnyOf {
    conditions = conditions == null ? null : List.copyOf(conditions);
  }
}
