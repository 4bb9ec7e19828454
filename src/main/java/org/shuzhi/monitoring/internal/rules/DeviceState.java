package org.shuzhi.monitoring.internal.rules;

import java.util.Arrays;

/** What the evaluator knows of one device: its profile, channels and the states of its rules. */
final class DeviceState {

  final String code;
  DeviceProfile profile;

  /** Newest reading time of any channel: the time rules are evaluated at. */
  long watermark = ChannelState.NEVER;

  /** Platform time of the last reading received. */
  long lastArrival = ChannelState.NEVER;

  ChannelState[] channels = new ChannelState[0];
  RuleState[] rules = new RuleState[0];

  /** Rules with an offline or rainfall condition, evaluated again on each tick. */
  RuleState[] sliding = new RuleState[0];

  /** Rules with a device-wide offline condition, which any reading may clear. */
  RuleState[] anyReading = new RuleState[0];

  DeviceState(String code, DeviceProfile profile) {
    this.code = code;
    this.profile = profile;
  }

  String kind() {
    return profile == null ? null : profile.kind();
  }

  StationLevels stationLevels() {
    return profile == null ? null : profile.stationLevels();
  }

  /** The channel some rule reads, or null when no rule reads it. */
  ChannelState channel(String name) {
    for (ChannelState c : channels) {
      if (c.name.equals(name)) {
        return c;
      }
    }
    return null;
  }

  ChannelState channelForRules(String name) {
    ChannelState c = channel(name);
    if (c == null) {
      c = new ChannelState(name);
      channels = Arrays.copyOf(channels, channels.length + 1);
      channels[channels.length - 1] = c;
    }
    return c;
  }
}
