package org.shuzhi.monitoring.internal.rules;

import java.util.List;
import org.shuzhi.monitoring.AlarmSeverity;

/** {@link RateOfChange} compiled: (latest − oldest in window) / window minutes. */
final class RateNode extends ConditionNode {

  private final int slot;
  private final String channel;
  private final double perMinute;
  private final long window;
  private final RateOfChange.Direction direction;
  private final int severity;

  RateNode(int id, int slot, RateOfChange r, AlarmSeverity ruleSeverity) {
    super(id);
    this.slot = slot;
    this.channel = r.channel();
    this.perMinute = r.perMinute();
    this.window = r.window().toMillis();
    this.direction = r.direction();
    this.severity = ruleSeverity.ordinal();
  }

  long window() {
    return window;
  }

  @Override
  int evaluate(RuleState s, long eventNow, long wallNow) {
    ChannelState ch = s.channels[slot];
    if (!ch.hasValue() || ch.rate == null) {
      return record(s, RuleState.INACTIVE, Double.NaN, 0);
    }
    double oldest = ch.rate.oldestFrom(eventNow - window);
    if (Double.isNaN(oldest) || ch.latestTime < eventNow - window) {
      return record(s, RuleState.INACTIVE, Double.NaN, 0);
    }
    double rate = (ch.latest - oldest) / (window / 60_000.0);
    boolean holds =
        switch (direction) {
          case RISING -> rate >= perMinute;
          case FALLING -> -rate >= perMinute;
          case EITHER -> Math.abs(rate) >= perMinute;
        };
    return record(s, holds ? severity : RuleState.INACTIVE, rate, 0);
  }

  @Override
  void explain(RuleState s, boolean holding, List<AlarmReason.Part> parts) {
    CompiledRule r = s.rule;
    double rate = r.value[id];
    if (Double.isNaN(rate)) {
      return;
    }
    if (holding) {
      parts.add(
          new AlarmReason.Part(
              R + (rate >= 0 ? "rate.rising" : "rate.falling"),
              channel,
              Math.abs(rate),
              minutes(window),
              perMinute));
    } else {
      parts.add(new AlarmReason.Part(R + "rate.value", channel, rate, minutes(window)));
    }
  }

  @Override
  int decidingLeaf(CompiledRule r) {
    return id;
  }
}
