package org.shuzhi.monitoring.internal.rules;

import java.time.Duration;
import org.shuzhi.monitoring.AlarmSeverity;

/**
 * An alarm rule as data: stored as JSON, exported and imported, validated by {@link
 * AlarmRuleValidator} before it is saved, evaluated by {@link RuleEvaluator}.
 *
 * @param code stable identifier, unique ({@code [A-Za-z0-9_.-]}, at most 64)
 * @param name what duty officers read, e.g. 可燃气体浓度超限
 * @param scope the devices it watches
 * @param severity severity of plain conditions and of limits that name none
 * @param condition what must hold
 * @param clearDelay how long the condition must have stopped holding before the alarm clears
 *     (de-escalation hold-off against flapping); zero when absent
 * @param enabled only enabled rules are evaluated; true when absent
 */
public record AlarmRule(
    String code,
    String name,
    RuleScope scope,
    AlarmSeverity severity,
    Condition condition,
    Duration clearDelay,
    Boolean enabled) {

  public AlarmRule {
    clearDelay = clearDelay == null ? Duration.ZERO : clearDelay;
    enabled = enabled == null ? Boolean.TRUE : enabled;
  }

  public AlarmRule(
      String code, String name, RuleScope scope, AlarmSeverity severity, Condition condition) {
    this(code, name, scope, severity, condition, Duration.ZERO, true);
  }

  public AlarmRule withEnabled(boolean on) {
    return new AlarmRule(code, name, scope, severity, condition, clearDelay, on);
  }
}
