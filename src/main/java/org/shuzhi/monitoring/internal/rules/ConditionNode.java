package org.shuzhi.monitoring.internal.rules;

import java.util.List;

/**
 * A condition compiled for evaluation. Evaluating writes the node's severity, value and detail into
 * the rule's scratch arrays (one evaluator is single-threaded, so one set per rule serves every
 * device) and allocates nothing; reasons are built from them only when a decision is emitted.
 */
abstract class ConditionNode {

  static final String R = "monitoring.rules.reason.";

  final int id;

  ConditionNode(int id) {
    this.id = id;
  }

  /** The severity ordinal that holds now on the state's device, or {@link RuleState#INACTIVE}. */
  abstract int evaluate(RuleState s, long eventNow, long wallNow);

  /**
   * Adds sentences: what holds ({@code holding}), or the current values (for a clear). Reads the
   * scratch of the latest evaluation.
   */
  abstract void explain(RuleState s, boolean holding, List<AlarmReason.Part> parts);

  /**
   * Whether a new value alone is worth an UPDATE: not for minutes without data, which grow by
   * themselves and say nothing new.
   */
  boolean valueWorthUpdating(CompiledRule r) {
    return true;
  }

  /** The leaf whose value is reported: the one that decided the severity. */
  abstract int decidingLeaf(CompiledRule r);

  final int record(RuleState s, int level, double value, int detail) {
    CompiledRule r = s.rule;
    r.level[id] = level;
    r.value[id] = value;
    r.detail[id] = detail;
    return level;
  }

  static Double minutes(long millis) {
    return millis / 60_000.0;
  }
}
