package org.shuzhi.monitoring.internal.rules;

import java.util.List;
import org.shuzhi.monitoring.AlarmSeverity;

/** {@link FloodLevel} compiled against the device's station levels. */
final class FloodNode extends ConditionNode {

  private static final String[] KEYS = {
    "flood.approach", "flood.warning", "flood.guarantee", "flood.historical"
  };

  private final int slot;
  private final String channel;
  private final double approach;

  FloodNode(int id, int slot, FloodLevel f) {
    super(id);
    this.slot = slot;
    this.channel = f.channel();
    this.approach = f.approach();
  }

  @Override
  int evaluate(RuleState s, long eventNow, long wallNow) {
    ChannelState ch = s.channels[slot];
    StationLevels levels = s.device.stationLevels();
    if (!ch.hasValue() || levels == null) {
      return record(s, RuleState.INACTIVE, ch.latest, -1);
    }
    double v = ch.latest;
    AlarmSeverity signal = levels.signal(v, approach);
    int colour = signal == null ? RuleState.INACTIVE : signal.ordinal();
    return record(s, colour, v, colour);
  }

  @Override
  void explain(RuleState s, boolean holding, List<AlarmReason.Part> parts) {
    CompiledRule r = s.rule;
    int colour = r.detail[id];
    if (Double.isNaN(r.value[id])) {
      return;
    }
    if (holding && colour >= 0) {
      parts.add(new AlarmReason.Part(R + KEYS[colour], channel, r.value[id], reference(s, colour)));
    } else if (!holding) {
      parts.add(new AlarmReason.Part(R + "value", channel, r.value[id]));
    }
  }

  /** The level compared with, kept from the evaluation in the detail's colour. */
  private static Object reference(RuleState s, int colour) {
    StationLevels l = s.device.stationLevels();
    if (l == null) {
      return "";
    }
    return switch (colour) {
      case 3 -> l.historicalMax();
      case 2 -> l.guaranteeLevel();
      default -> l.warningLevel();
    };
  }

  @Override
  int decidingLeaf(CompiledRule r) {
    return id;
  }
}
