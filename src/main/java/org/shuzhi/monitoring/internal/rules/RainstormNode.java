package org.shuzhi.monitoring.internal.rules;

import java.util.Comparator;
import java.util.List;

/**
 * {@link Rainstorm} compiled: one backward pass over the minute buckets sums every window (shortest
 * first), then the gravest step reached gives the colour.
 */
final class RainstormNode extends ConditionNode {

  private final int slot;
  private final String channel;
  private final int[] minutes;
  private final double[] millimetres;
  private final int[] colours;

  /** Accumulation per step at the latest evaluation (scratch, single-threaded). */
  private final double[] sums;

  RainstormNode(int id, int slot, Rainstorm r) {
    super(id);
    this.slot = slot;
    this.channel = r.channel();
    List<Rainstorm.Step> steps =
        r.steps().stream().sorted(Comparator.comparing(Rainstorm.Step::window)).toList();
    int n = steps.size();
    minutes = new int[n];
    millimetres = new double[n];
    colours = new int[n];
    sums = new double[n];
    for (int i = 0; i < n; i++) {
      minutes[i] = (int) steps.get(i).window().toMinutes();
      millimetres[i] = steps.get(i).millimetres();
      colours[i] = steps.get(i).colour().ordinal();
    }
  }

  /** The longest window, in minutes. */
  int longestMinutes() {
    return minutes[minutes.length - 1];
  }

  @Override
  int evaluate(RuleState s, long eventNow, long wallNow) {
    RainfallBuckets rain = s.channels[slot].rain;
    if (rain == null) {
      return record(s, RuleState.INACTIVE, Double.NaN, -1);
    }
    long now = Math.floorDiv(eventNow, RainfallBuckets.MINUTE);
    double sum = 0;
    int step = 0;
    for (int k = 0; step < minutes.length; k++) {
      sum += rain.at(now - k);
      while (step < minutes.length && minutes[step] == k + 1) {
        sums[step++] = sum;
      }
    }
    int colour = RuleState.INACTIVE;
    int best = -1;
    for (int i = 0; i < minutes.length; i++) {
      if (sums[i] >= millimetres[i] && colours[i] > colour) {
        colour = colours[i];
        best = i;
      }
    }
    return record(s, colour, best >= 0 ? sums[best] : sums[0], best);
  }

  @Override
  void explain(RuleState s, boolean holding, List<AlarmReason.Part> parts) {
    CompiledRule r = s.rule;
    int best = r.detail[id];
    if (holding && best >= 0) {
      parts.add(
          new AlarmReason.Part(
              R + "rain", channel, minutes[best] / 60.0, sums[best], millimetres[best]));
    } else if (!holding && !Double.isNaN(r.value[id])) {
      parts.add(new AlarmReason.Part(R + "rain.value", channel, minutes[0] / 60.0, sums[0]));
    }
  }

  @Override
  int decidingLeaf(CompiledRule r) {
    return id;
  }
}
