package org.shuzhi.monitoring.internal.rules;

import java.util.Arrays;

/** The state of one rule on one device: whether its alarm is open, and its held-for timers. */
final class RuleState {

  static final int INACTIVE = -1;

  CompiledRule rule;
  final DeviceState device;

  /** The device's channels, in the order of {@link CompiledRule#channels}. */
  final ChannelState[] channels;

  /** Since when each held-for condition has held, or NEVER. */
  final long[] heldSince;

  /** Severity ordinal of the open alarm, or INACTIVE. */
  int active = INACTIVE;

  long lastEmitAt = ChannelState.NEVER;
  double lastEmitValue = Double.NaN;

  /** Since when the condition of an open alarm no longer holds (clear delay), or NEVER. */
  long inactiveSince = ChannelState.NEVER;

  /** Latest time evaluated at; evaluation time never goes back. */
  long evaluatedAt = ChannelState.NEVER;

  RuleState(CompiledRule rule, DeviceState device, ChannelState[] channels) {
    this.rule = rule;
    this.device = device;
    this.channels = channels;
    this.heldSince = new long[rule.heldCount];
    Arrays.fill(heldSince, ChannelState.NEVER);
  }

  /** Carries the open alarm of a changed rule over, so that it is updated rather than raised. */
  void takeAlarmFrom(RuleState old) {
    active = old.active;
    lastEmitAt = old.lastEmitAt;
    lastEmitValue = old.lastEmitValue;
    inactiveSince = old.inactiveSince;
    evaluatedAt = old.evaluatedAt;
  }
}
