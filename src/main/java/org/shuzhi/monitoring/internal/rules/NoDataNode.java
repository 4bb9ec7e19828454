package org.shuzhi.monitoring.internal.rules;

import java.util.List;
import org.shuzhi.monitoring.AlarmSeverity;

/** {@link NoData} compiled: platform time since the last reading (of a channel, or any). */
final class NoDataNode extends ConditionNode {

  private final int slot;
  private final String channel;
  private final long after;
  private final int severity;

  /** {@code slot} is -1 for any reading of the device. */
  NoDataNode(int id, int slot, NoData n, AlarmSeverity ruleSeverity) {
    super(id);
    this.slot = slot;
    this.channel = n.channel();
    this.after = n.after().toMillis();
    this.severity = ruleSeverity.ordinal();
  }

  @Override
  int evaluate(RuleState s, long eventNow, long wallNow) {
    long last = slot < 0 ? s.device.lastArrival : s.channels[slot].lastArrival;
    if (last == ChannelState.NEVER) {
      return record(s, RuleState.INACTIVE, 0, 0);
    }
    long silent = Math.max(0, wallNow - last);
    return record(s, silent >= after ? severity : RuleState.INACTIVE, silent / 60_000.0, 0);
  }

  @Override
  void explain(RuleState s, boolean holding, List<AlarmReason.Part> parts) {
    CompiledRule r = s.rule;
    if (!holding) {
      parts.add(new AlarmReason.Part(R + "noData.resumed"));
    } else if (channel == null) {
      parts.add(new AlarmReason.Part(R + "noData.device", r.value[id], minutes(after)));
    } else {
      parts.add(new AlarmReason.Part(R + "noData.channel", channel, r.value[id], minutes(after)));
    }
  }

  @Override
  boolean valueWorthUpdating(CompiledRule r) {
    return false;
  }

  @Override
  int decidingLeaf(CompiledRule r) {
    return id;
  }
}
