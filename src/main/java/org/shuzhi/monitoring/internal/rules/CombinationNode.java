package org.shuzhi.monitoring.internal.rules;

import java.util.List;

/**
 * {@link AllOf} (least severity of all, inactive if any is) or {@link AnyOf} (gravest of those that
 * hold) compiled. Every part is evaluated, without short-circuit, so that held-for timers inside
 * keep running and a clear can report every value.
 */
final class CombinationNode extends ConditionNode {

  private final ConditionNode[] parts;
  private final boolean all;

  CombinationNode(int id, ConditionNode[] parts, boolean all) {
    super(id);
    this.parts = parts;
    this.all = all;
  }

  @Override
  int evaluate(RuleState s, long eventNow, long wallNow) {
    int combined = all ? Integer.MAX_VALUE : RuleState.INACTIVE;
    for (ConditionNode p : parts) {
      int level = p.evaluate(s, eventNow, wallNow);
      combined = all ? Math.min(combined, level) : Math.max(combined, level);
    }
    return record(s, combined, Double.NaN, 0);
  }

  @Override
  void explain(RuleState s, boolean holding, List<AlarmReason.Part> out) {
    CompiledRule r = s.rule;
    for (ConditionNode p : parts) {
      if (!holding || r.level[p.id] >= 0) {
        p.explain(s, holding, out);
      }
    }
  }

  @Override
  boolean valueWorthUpdating(CompiledRule r) {
    return decidingPart(r).valueWorthUpdating(r);
  }

  @Override
  int decidingLeaf(CompiledRule r) {
    return decidingPart(r).decidingLeaf(r);
  }

  /** The first part whose severity is the combination's (the first part when none holds). */
  private ConditionNode decidingPart(CompiledRule r) {
    int level = r.level[id];
    if (level >= 0) {
      for (ConditionNode p : parts) {
        if (r.level[p.id] == level) {
          return p;
        }
      }
    }
    return parts[0];
  }
}
