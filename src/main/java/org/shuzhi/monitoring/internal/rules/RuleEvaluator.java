package org.shuzhi.monitoring.internal.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.shuzhi.monitoring.AlarmSeverity;

/**
 * Evaluates alarm rules on telemetry held in memory and says when an alarm of a (rule, device)
 * should be raised, updated or cleared.
 *
 * <p><b>Time.</b> A device's rules are evaluated as of its newest reading (its watermark), on the
 * latest value of each channel. A late reading (older than its channel's newest) still fills the
 * rate and rainfall windows, but never becomes the current value, so it cannot raise an alarm for a
 * moment already past; evaluation time never goes back. Offline conditions are judged on the
 * platform clock at arrival and checked by {@link #tick(Instant)}, which also lets rainfall windows
 * slide on when a gauge reports only while it rains.
 *
 * <p><b>Decisions.</b> RAISE once when a rule starts to hold on a device; then UPDATE when the
 * severity changes, or when the value changed and at least {@link
 * EvaluatorSettings#updateInterval()} passed since the last decision; CLEAR once it stops holding
 * for the rule's clear delay (or the rule is removed). Never a second RAISE while it holds. After a
 * restart the stored open alarms are given back ({@link #restore}) and recent readings replayed
 * ({@link #replay}), so an alarm continues rather than opening again, and one whose condition ended
 * meanwhile is cleared; the alarm lifecycle still keeps one open alarm per rule and device.
 *
 * <p><b>Speed.</b> Rules are indexed by device kind and device, and each channel of a device knows
 * the rules that read it, so a reading touches only those. Evaluation allocates nothing unless a
 * decision is emitted. Input must be deduplicated (rainfall is summed). One instance is not
 * thread-safe: give each thread its own and split devices among them by device code.
 */
public final class RuleEvaluator {

  private static final AlarmSeverity[] SEVERITIES = AlarmSeverity.values();

  private final DeviceCatalogue catalogue;
  private final Clock clock;
  private final long updateInterval;
  private final int rateCapacity;
  private final Map<String, DeviceState> devices = new HashMap<>();
  private Map<String, List<CompiledRule>> byKind = Map.of();
  private Map<String, List<CompiledRule>> byDevice = Map.of();
  private final List<AlarmDecision> out = new ArrayList<>();

  public RuleEvaluator(
      Collection<AlarmRule> rules,
      DeviceCatalogue catalogue,
      Clock clock,
      EvaluatorSettings settings) {
    this.catalogue = Objects.requireNonNull(catalogue);
    this.clock = Objects.requireNonNull(clock);
    this.updateInterval = settings.updateInterval().toMillis();
    this.rateCapacity = settings.rateHistory();
    index(rules);
  }

  /** Evaluates a batch received now (platform clock). */
  public List<AlarmDecision> evaluate(List<Reading> readings) {
    return evaluate(readings, clock.instant());
  }

  /**
   * Evaluates a batch, in its order; readings without time or with a value that is not finite are
   * ignored.
   *
   * @param receivedAt when the platform received it (for offline conditions)
   */
  public List<AlarmDecision> evaluate(List<Reading> readings, Instant receivedAt) {
    long wall = receivedAt.toEpochMilli();
    for (int i = 0, n = readings.size(); i < n; i++) {
      Reading r = readings.get(i);
      if (r.ts() != null && r.deviceCode() != null && Double.isFinite(r.value())) {
        accept(r.deviceCode(), r.channel(), r.ts().toEpochMilli(), r.value(), wall);
      }
    }
    return drain();
  }

  private void accept(String deviceCode, String channel, long time, double value, long wall) {
    DeviceState d = device(deviceCode);
    d.lastArrival = wall;
    if (time > d.watermark) {
      d.watermark = time;
    }
    ChannelState ch = channel == null ? null : d.channel(channel);
    if (ch != null) {
      ch.lastArrival = wall;
      if (time >= ch.latestTime) {
        ch.latestTime = time;
        ch.latest = value;
      }
      if (ch.rate != null) {
        ch.rate.add(time, value);
      }
      if (ch.rain != null) {
        ch.rain.add(time, value);
      }
      for (RuleState s : ch.dependents) {
        decide(s, d.watermark, wall);
      }
    }
    for (RuleState s : d.anyReading) {
      if (s.active >= 0) {
        decide(s, d.watermark, wall);
      }
    }
  }

  /**
   * Evaluates the offline and rainfall rules of every known device at {@code now} (platform clock);
   * call it every few seconds.
   */
  public List<AlarmDecision> tick(Instant now) {
    long wall = now.toEpochMilli();
    for (DeviceState d : devices.values()) {
      for (RuleState s : d.sliding) {
        decide(s, Math.max(d.watermark, wall), wall);
      }
    }
    return drain();
  }

  /**
   * Starts watching a device that has not reported yet (e.g. every registered device at start-up),
   * so that it is reported offline if it stays silent.
   *
   * @param lastSeen when it was last heard of, or the start time
   */
  public void watch(String deviceCode, Instant lastSeen) {
    DeviceState d = device(deviceCode);
    long since = lastSeen.toEpochMilli();
    if (d.lastArrival == ChannelState.NEVER) {
      d.lastArrival = since;
    }
    for (ChannelState c : d.channels) {
      if (c.lastArrival == ChannelState.NEVER) {
        c.lastArrival = since;
      }
    }
  }

  /**
   * Reads the device's kind and station levels again after the registry changed them. A new kind
   * brings other rules, and the open alarms of rules that no longer apply are cleared; the rules
   * that apply now are evaluated again on the values held, so a changed level or kind raises,
   * updates or clears at once instead of at the next reading.
   */
  public List<AlarmDecision> refreshDevice(String deviceCode) {
    DeviceState d = devices.get(deviceCode);
    if (d != null) {
      DeviceProfile profile = catalogue.device(deviceCode).orElse(null);
      if (Objects.equals(d.profile, profile)) {
        return drain();
      }
      boolean newKind = !Objects.equals(d.kind(), profile == null ? null : profile.kind());
      d.profile = profile;
      long wall = clock.millis();
      if (newKind) {
        bind(d, previous(d), wall);
      }
      if (d.watermark != ChannelState.NEVER) {
        for (RuleState s : d.rules) {
          decide(s, d.watermark, wall);
        }
      }
    }
    return drain();
  }

  /**
   * Takes over alarms stored as active (at start-up): each becomes the open alarm of its rule on
   * its device, so a repeat updates it rather than raising another, and an end of its condition
   * clears it. Held-for conditions count as held since before the alarm. Returns CLEAR decisions
   * for the alarms that cannot continue: the device left the registry, or the rule was removed,
   * disabled or no longer applies to the device.
   */
  public List<AlarmDecision> restore(Collection<OpenAlarm> alarms) {
    long wall = clock.millis();
    for (OpenAlarm a : alarms) {
      if (catalogue.device(a.deviceCode()).isEmpty() && !byDevice.containsKey(a.deviceCode())) {
        out.add(clearing(a, "deviceRemoved", wall));
        continue;
      }
      DeviceState d = device(a.deviceCode());
      RuleState state = null;
      for (RuleState s : d.rules) {
        if (s.rule.code().equals(a.ruleCode())) {
          state = s;
        }
      }
      if (state == null) {
        out.add(clearing(a, "ruleRemoved", wall));
        continue;
      }
      state.active = a.severity().ordinal();
      state.lastEmitAt = a.lastAt().toEpochMilli();
      state.lastEmitValue = a.lastValue();
      Arrays.fill(state.heldSince, 0L);
    }
    return drain();
  }

  /**
   * Evaluates stored readings again (at start-up), each as if it arrived at its own time, so rate
   * windows, held-for timers and clear delays start from what happened before the restart.
   */
  public List<AlarmDecision> replay(List<Reading> readings) {
    for (int i = 0, n = readings.size(); i < n; i++) {
      Reading r = readings.get(i);
      if (r.ts() != null && r.deviceCode() != null && Double.isFinite(r.value())) {
        long t = r.ts().toEpochMilli();
        accept(r.deviceCode(), r.channel(), t, r.value(), t);
      }
    }
    return drain();
  }

  /**
   * Tells when the platform last received data of the device's channel (from storage, at start-up,
   * or from another node), so offline rules count the silence from then. Never moves a time back.
   */
  public void heard(String deviceCode, String channel, Instant receivedAt) {
    DeviceState d = device(deviceCode);
    long at = receivedAt.toEpochMilli();
    d.lastArrival = Math.max(d.lastArrival, at);
    ChannelState c = channel == null ? null : d.channel(channel);
    if (c != null) {
      c.lastArrival = Math.max(c.lastArrival, at);
    }
  }

  /** The devices the evaluator holds state for. */
  public Set<String> deviceCodes() {
    return Set.copyOf(devices.keySet());
  }

  private AlarmDecision clearing(OpenAlarm a, String why, long wall) {
    return new AlarmDecision(
        DecisionKind.CLEAR,
        a.ruleCode(),
        a.deviceCode(),
        a.severity(),
        a.lastValue(),
        Instant.ofEpochMilli(wall),
        new AlarmReason(List.of(new AlarmReason.Part(ConditionNode.R + why))));
  }

  /**
   * Replaces the rules (disabled ones are ignored). A rule whose definition is unchanged keeps its
   * state; a changed rule keeps its open alarms, which its next evaluation updates or clears; the
   * open alarms of a removed or disabled rule are cleared.
   */
  public List<AlarmDecision> replaceRules(Collection<AlarmRule> rules) {
    index(rules);
    long wall = clock.millis();
    for (DeviceState d : devices.values()) {
      bind(d, previous(d), wall);
    }
    return drain();
  }

  /**
   * Drops a device that left the registry; its open alarms are cleared, and its state is freed (the
   * evaluator keeps state for every device code it has seen, so ingestion must refuse unknown
   * devices before they get here).
   */
  public List<AlarmDecision> forget(String deviceCode) {
    return forget(deviceCode, "deviceRemoved");
  }

  /**
   * Drops a device's state and clears its open alarms, giving {@code why} as the reason (a key
   * under {@code monitoring.rules.reason.}, e.g. {@code deviceDisabled}).
   */
  public List<AlarmDecision> forget(String deviceCode, String why) {
    DeviceState d = devices.remove(deviceCode);
    if (d != null) {
      long wall = clock.millis();
      for (RuleState s : d.rules) {
        if (s.active >= 0) {
          out.add(
              new AlarmDecision(
                  DecisionKind.CLEAR,
                  s.rule.code(),
                  d.code,
                  SEVERITIES[s.active],
                  s.lastEmitValue,
                  Instant.ofEpochMilli(wall),
                  new AlarmReason(List.of(new AlarmReason.Part(ConditionNode.R + why)))));
        }
      }
    }
    return drain();
  }

  /** How many devices the evaluator holds state for. */
  public int deviceCount() {
    return devices.size();
  }

  private void index(Collection<AlarmRule> rules) {
    Map<String, List<CompiledRule>> kinds = new HashMap<>();
    Map<String, List<CompiledRule>> codes = new HashMap<>();
    Map<String, AlarmRule> seen = new HashMap<>();
    for (AlarmRule rule : rules) {
      if (!rule.enabled()) {
        continue;
      }
      if (seen.put(rule.code(), rule) != null) {
        throw new IllegalArgumentException("two rules with code " + rule.code());
      }
      CompiledRule compiled = RuleCompiler.compile(rule);
      if (rule.scope().deviceCode() != null) {
        codes.computeIfAbsent(rule.scope().deviceCode(), k -> new ArrayList<>()).add(compiled);
      } else {
        kinds.computeIfAbsent(rule.scope().deviceKind(), k -> new ArrayList<>()).add(compiled);
      }
    }
    byKind = kinds;
    byDevice = codes;
  }

  private DeviceState device(String code) {
    DeviceState d = devices.get(code);
    if (d == null) {
      d = new DeviceState(code, catalogue.device(code).orElse(null));
      bind(d, Map.of(), ChannelState.NEVER);
      devices.put(code, d);
    }
    return d;
  }

  private static Map<String, RuleState> previous(DeviceState d) {
    Map<String, RuleState> previous = new LinkedHashMap<>();
    for (RuleState s : d.rules) {
      previous.put(s.rule.code(), s);
    }
    return previous;
  }

  /** Gives the device the states of the rules that apply to it now. */
  private void bind(DeviceState d, Map<String, RuleState> previous, long wall) {
    Map<String, RuleState> left = new HashMap<>(previous);
    List<CompiledRule> applicable = new ArrayList<>();
    if (d.kind() != null) {
      applicable.addAll(byKind.getOrDefault(d.kind(), List.of()));
    }
    applicable.addAll(byDevice.getOrDefault(d.code, List.of()));
    for (ChannelState c : d.channels) {
      c.dependents = new RuleState[0];
    }
    List<RuleState> states = new ArrayList<>();
    for (CompiledRule rule : applicable) {
      ChannelState[] channels = new ChannelState[rule.channels.length];
      for (int i = 0; i < channels.length; i++) {
        channels[i] = d.channelForRules(rule.channels[i]);
        if (channels[i].lastArrival == ChannelState.NEVER) {
          channels[i].lastArrival = d.lastArrival;
        }
        windows(channels[i], rule.rateWindow[i], rule.rainMinutes[i]);
      }
      RuleState old = left.remove(rule.code());
      RuleState s;
      if (old != null && old.rule.rule.equals(rule.rule)) {
        s = old;
        s.rule = rule;
      } else {
        s = new RuleState(rule, d, channels);
        if (old != null) {
          s.takeAlarmFrom(old);
        }
      }
      for (ChannelState c : channels) {
        c.addDependent(s);
      }
      states.add(s);
    }
    d.rules = states.toArray(RuleState[]::new);
    d.sliding = states.stream().filter(s -> s.rule.sliding).toArray(RuleState[]::new);
    d.anyReading = states.stream().filter(s -> s.rule.anyReading).toArray(RuleState[]::new);
    for (RuleState gone : left.values()) {
      if (gone.active >= 0) {
        out.add(
            new AlarmDecision(
                DecisionKind.CLEAR,
                gone.rule.code(),
                d.code,
                SEVERITIES[gone.active],
                gone.lastEmitValue,
                Instant.ofEpochMilli(wall),
                new AlarmReason(List.of(new AlarmReason.Part(ConditionNode.R + "ruleRemoved")))));
      }
    }
  }

  private void windows(ChannelState c, long rateWindow, int rainMinutes) {
    if (rateWindow > 0) {
      if (c.rate == null) {
        c.rate = new RateHistory(rateWindow, rateCapacity);
      } else if (c.rate.window < rateWindow) {
        c.rate = c.rate.resized(rateWindow, rateCapacity);
      }
    }
    if (rainMinutes > 0) {
      if (c.rain == null) {
        c.rain = new RainfallBuckets(rainMinutes);
      } else if (c.rain.minutes() < rainMinutes) {
        c.rain = c.rain.resized(rainMinutes);
      }
    }
  }

  private void decide(RuleState s, long eventTime, long wall) {
    long now = Math.max(eventTime, s.evaluatedAt);
    s.evaluatedAt = now;
    CompiledRule r = s.rule;
    int level = r.root.evaluate(s, now, wall);
    if (level >= 0) {
      s.inactiveSince = ChannelState.NEVER;
      if (s.active < 0) {
        s.active = level;
        emit(DecisionKind.RAISE, s, now);
      } else if (level != s.active) {
        s.active = level;
        emit(DecisionKind.UPDATE, s, now);
      } else if (now - s.lastEmitAt >= updateInterval
          && Double.compare(r.value[r.root.decidingLeaf(r)], s.lastEmitValue) != 0
          && r.root.valueWorthUpdating(r)) {
        emit(DecisionKind.UPDATE, s, now);
      }
    } else if (s.active >= 0) {
      if (s.inactiveSince == ChannelState.NEVER) {
        s.inactiveSince = now;
      }
      if (now - s.inactiveSince >= r.clearDelay) {
        emit(DecisionKind.CLEAR, s, now);
        s.active = RuleState.INACTIVE;
        s.inactiveSince = ChannelState.NEVER;
      }
    }
  }

  private void emit(DecisionKind kind, RuleState s, long at) {
    CompiledRule r = s.rule;
    double value = r.value[r.root.decidingLeaf(r)];
    List<AlarmReason.Part> parts = new ArrayList<>(2);
    if (kind == DecisionKind.CLEAR) {
      parts.add(new AlarmReason.Part(ConditionNode.R + "cleared"));
    }
    r.root.explain(s, kind != DecisionKind.CLEAR, parts);
    out.add(
        new AlarmDecision(
            kind,
            r.code(),
            s.device.code,
            SEVERITIES[s.active],
            value,
            Instant.ofEpochMilli(at),
            new AlarmReason(parts)));
    s.lastEmitAt = at;
    s.lastEmitValue = value;
  }

  private List<AlarmDecision> drain() {
    if (out.isEmpty()) {
      return List.of();
    }
    List<AlarmDecision> decisions = List.copyOf(out);
    out.clear();
    return decisions;
  }
}
