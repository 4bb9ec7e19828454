package org.shuzhi.monitoring.internal.rules;

import java.util.List;

/** {@link HeldFor} compiled: the inner condition held since a reading at least that long ago. */
final class HeldNode extends ConditionNode {

  private final ConditionNode inner;
  private final int slot;
  private final long duration;

  HeldNode(int id, ConditionNode inner, int slot, long durationMillis) {
    super(id);
    this.inner = inner;
    this.slot = slot;
    this.duration = durationMillis;
  }

  @Override
  int evaluate(RuleState s, long eventNow, long wallNow) {
    int level = inner.evaluate(s, eventNow, wallNow);
    double value = s.rule.value[inner.decidingLeaf(s.rule)];
    if (level < 0) {
      s.heldSince[slot] = ChannelState.NEVER;
      return record(s, RuleState.INACTIVE, value, 0);
    }
    if (s.heldSince[slot] == ChannelState.NEVER) {
      s.heldSince[slot] = eventNow;
    }
    return record(
        s, eventNow - s.heldSince[slot] >= duration ? level : RuleState.INACTIVE, value, 0);
  }

  @Override
  void explain(RuleState s, boolean holding, List<AlarmReason.Part> parts) {
    inner.explain(s, holding, parts);
    if (holding) {
      parts.add(new AlarmReason.Part(R + "held", minutes(duration)));
    }
  }

  @Override
  boolean valueWorthUpdating(CompiledRule r) {
    return inner.valueWorthUpdating(r);
  }

  @Override
  int decidingLeaf(CompiledRule r) {
    return inner.decidingLeaf(r);
  }
}
