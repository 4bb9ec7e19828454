package org.shuzhi.monitoring.internal.rules;

import java.util.List;
import org.shuzhi.monitoring.AlarmSeverity;

/** {@link Threshold} compiled: limits inclusive, gravest severity wins. */
final class ThresholdNode extends ConditionNode {

  /** Index of the first low limit: HH and H come first, then LL and L. */
  private static final int LL = 2;

  private static final String[] KEYS = {"highHigh", "high", "lowLow", "low"};

  private final int slot;
  private final String channel;

  /** Limits in the order HH, H, LL, L; NaN when absent. */
  private final double[] limits = new double[4];

  private final int[] severities = new int[4];

  ThresholdNode(int id, int slot, Threshold t, AlarmSeverity ruleSeverity) {
    super(id);
    this.slot = slot;
    this.channel = t.channel();
    Threshold.Limit[] given = {t.highHigh(), t.high(), t.lowLow(), t.low()};
    for (int i = 0; i < 4; i++) {
      limits[i] = given[i] == null ? Double.NaN : given[i].value();
      severities[i] =
          (given[i] == null || given[i].severity() == null ? ruleSeverity : given[i].severity())
              .ordinal();
    }
  }

  @Override
  int evaluate(RuleState s, long eventNow, long wallNow) {
    ChannelState ch = s.channels[slot];
    if (!ch.hasValue()) {
      return record(s, RuleState.INACTIVE, Double.NaN, -1);
    }
    double v = ch.latest;
    int level = RuleState.INACTIVE;
    int which = -1;
    for (int i = 0; i < 4; i++) {
      boolean holds = i < LL ? v >= limits[i] : v <= limits[i]; // NaN limits never hold
      if (holds && severities[i] > level) {
        level = severities[i];
        which = i;
      }
    }
    return record(s, level, v, which);
  }

  @Override
  void explain(RuleState s, boolean holding, List<AlarmReason.Part> parts) {
    CompiledRule r = s.rule;
    if (Double.isNaN(r.value[id])) {
      return;
    }
    int which = r.detail[id];
    if (holding && which >= 0) {
      parts.add(new AlarmReason.Part(R + KEYS[which], channel, r.value[id], limits[which]));
    } else if (!holding) {
      parts.add(new AlarmReason.Part(R + "value", channel, r.value[id]));
    }
  }

  @Override
  int decidingLeaf(CompiledRule r) {
    return id;
  }
}
