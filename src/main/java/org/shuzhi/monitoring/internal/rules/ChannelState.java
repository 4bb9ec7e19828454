package org.shuzhi.monitoring.internal.rules;

import java.util.Arrays;

/** The latest value of one channel of one device, its windows, and the rules that read it. */
final class ChannelState {

  static final long NEVER = Long.MIN_VALUE;

  final String name;
  long latestTime = NEVER;
  double latest = Double.NaN;
  long lastArrival = NEVER;
  RateHistory rate;
  RainfallBuckets rain;
  RuleState[] dependents = new RuleState[0];

  ChannelState(String name) {
    this.name = name;
  }

  boolean hasValue() {
    return latestTime != NEVER;
  }

  void addDependent(RuleState state) {
    for (RuleState s : dependents) {
      if (s == state) {
        return;
      }
    }
    dependents = Arrays.copyOf(dependents, dependents.length + 1);
    dependents[dependents.length - 1] = state;
  }
}
