package org.shuzhi.monitoring.internal.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.InvalidInputException.Violation;

/**
 * Checks a rule before it is saved or imported, and names every problem with the path of the field
 * it concerns (e.g. {@code condition.conditions[1].highHigh.value}) and a message key of the {@code
 * monitoring-rules} bundle. Channels are checked against the channels of the scope's kind, taken
 * from the {@link DeviceCatalogue}.
 */
public class AlarmRuleValidator {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  static final int NAME_MAX = 200;
  static final int MAX_DEPTH = 8;
  static final int MAX_CONDITIONS = 64;
  static final Duration MAX_WINDOW = Duration.ofHours(24);
  static final Duration MAX_SILENCE = Duration.ofDays(30);

  private static final String P = "monitoring.rule.";

  private final DeviceCatalogue catalogue;

  public AlarmRuleValidator(DeviceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Throws {@link InvalidInputException} listing every problem, if there is any. */
  public void check(AlarmRule rule) {
    List<Violation> problems = problems(rule);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Every problem of the rule; empty when it may be saved. */
  public List<Violation> problems(AlarmRule rule) {
    Check c = new Check();
    if (rule == null) {
      c.add(null, P + "required");
      return c.problems;
    }
    if (blank(rule.code())) {
      c.add("code", P + "code.required");
    } else if (!CODE.matcher(rule.code()).matches()) {
      c.add("code", P + "code.invalid", rule.code());
    }
    if (blank(rule.name())) {
      c.add("name", P + "name.required");
    } else if (rule.name().length() > NAME_MAX) {
      c.add("name", P + "name.tooLong", NAME_MAX);
    }
    if (rule.severity() == null) {
      c.add("severity", P + "severity.required");
    }
    duration(c, "clearDelay", rule.clearDelay(), true, MAX_WINDOW);
    Optional<Set<String>> channels = scope(c, rule.scope());
    if (rule.condition() == null) {
      c.add("condition", P + "condition.required");
    } else {
      condition(c, "condition", rule.condition(), channels.orElse(null), kindOf(rule.scope()), 1);
    }
    return c.problems;
  }

  /** The channels the scope's devices have, or empty when the scope is wrong (and reported). */
  private Optional<Set<String>> scope(Check c, RuleScope scope) {
    if (scope == null || (blank(scope.deviceKind()) && blank(scope.deviceCode()))) {
      c.add("scope", P + "scope.required");
      return Optional.empty();
    }
    if (!blank(scope.deviceKind()) && !blank(scope.deviceCode())) {
      c.add("scope", P + "scope.both");
      return Optional.empty();
    }
    if (!blank(scope.deviceCode())) {
      Optional<DeviceProfile> device = catalogue.device(scope.deviceCode());
      if (device.isEmpty()) {
        c.add("scope.deviceCode", P + "scope.unknownDevice", scope.deviceCode());
        return Optional.empty();
      }
      return catalogue.channelsOfKind(device.get().kind());
    }
    Optional<Set<String>> channels = catalogue.channelsOfKind(scope.deviceKind());
    if (channels.isEmpty()) {
      c.add("scope.deviceKind", P + "scope.unknownKind", scope.deviceKind());
    }
    return channels;
  }

  private String kindOf(RuleScope scope) {
    if (scope == null) {
      return null;
    }
    if (!blank(scope.deviceKind())) {
      return scope.deviceKind();
    }
    return blank(scope.deviceCode())
        ? null
        : catalogue.device(scope.deviceCode()).map(DeviceProfile::kind).orElse(null);
  }

  private void condition(
      Check c, String path, Condition condition, Set<String> channels, String kind, int depth) {
    if (depth > MAX_DEPTH) {
      c.add(path, P + "condition.tooDeep", MAX_DEPTH);
      return;
    }
    if (++c.conditions == MAX_CONDITIONS + 1) {
      c.add(path, P + "condition.tooMany", MAX_CONDITIONS);
    }
    if (condition instanceof Threshold t) {
      threshold(c, path, t, channels, kind);
    } else if (condition instanceof RateOfChange r) {
      channel(c, path, r.channel(), channels, kind);
      positive(c, path + ".perMinute", r.perMinute(), P + "rate.notPositive");
      duration(c, path + ".window", r.window(), false, MAX_WINDOW);
      if (r.direction() == null) {
        c.add(path + ".direction", P + "rate.direction.required");
      }
    } else if (condition instanceof HeldFor h) {
      duration(c, path + ".duration", h.duration(), false, MAX_WINDOW);
      if (h.condition() == null) {
        c.add(path + ".condition", P + "condition.required");
      } else {
        if (containsNoData(h.condition())) {
          c.add(path + ".condition", P + "held.noData");
        }
        condition(c, path + ".condition", h.condition(), channels, kind, depth + 1);
      }
    } else if (condition instanceof AllOf a) {
      parts(c, path, a.conditions(), channels, kind, depth);
    } else if (condition instanceof AnyOf a) {
      parts(c, path, a.conditions(), channels, kind, depth);
    } else if (condition instanceof NoData n) {
      if (n.channel() != null) {
        channel(c, path, n.channel(), channels, kind);
      }
      duration(c, path + ".after", n.after(), false, MAX_SILENCE);
    } else if (condition instanceof FloodLevel f) {
      channel(c, path, f.channel(), channels, kind);
      if (f.approach() == null) {
        c.add(path + ".approach", P + "number.required");
      } else if (!(f.approach() >= 0) || Double.isInfinite(f.approach())) {
        c.add(path + ".approach", P + "flood.approach.negative");
      }
    } else if (condition instanceof Rainstorm r) {
      rainstorm(c, path, r, channels, kind);
    }
  }

  private void parts(
      Check c, String path, List<Condition> parts, Set<String> channels, String kind, int depth) {
    if (parts == null || parts.isEmpty()) {
      c.add(path + ".conditions", P + "combination.empty");
      return;
    }
    for (int i = 0; i < parts.size(); i++) {
      String at = path + ".conditions[" + i + "]";
      if (parts.get(i) == null) {
        c.add(at, P + "condition.required");
      } else {
        condition(c, at, parts.get(i), channels, kind, depth + 1);
      }
    }
  }

  private void threshold(Check c, String path, Threshold t, Set<String> channels, String kind) {
    channel(c, path, t.channel(), channels, kind);
    // From lowest to highest: each limit set must lie strictly below the next one set.
    Threshold.Level[] levels = {
      Threshold.Level.LOW_LOW, Threshold.Level.LOW, Threshold.Level.HIGH, Threshold.Level.HIGH_HIGH
    };
    Threshold.Limit[] limits = {t.lowLow(), t.low(), t.high(), t.highHigh()};
    String[] names = {"lowLow", "low", "high", "highHigh"};
    int previous = -1;
    boolean any = false;
    for (int i = 0; i < limits.length; i++) {
      if (limits[i] == null) {
        continue;
      }
      any = true;
      if (limits[i].value() == null) {
        c.add(path + "." + names[i] + ".value", P + "number.required");
        continue;
      }
      if (!Double.isFinite(limits[i].value())) {
        c.add(path + "." + names[i] + ".value", P + "number.notFinite");
        continue;
      }
      if (previous >= 0 && !(limits[previous].value() < limits[i].value())) {
        c.add(
            path + "." + names[i] + ".value",
            orderKey(levels[previous], levels[i]),
            levels[previous],
            limits[previous].value(),
            levels[i],
            limits[i].value());
      }
      previous = i;
    }
    if (!any) {
      c.add(path, P + "threshold.empty");
    }
    milder(c, path + ".highHigh.severity", t.highHigh(), t.high(), "HIGH_HIGH", "HIGH");
    milder(c, path + ".lowLow.severity", t.lowLow(), t.low(), "LOW_LOW", "LOW");
  }

  private static String orderKey(Threshold.Level lower, Threshold.Level upper) {
    if (lower == Threshold.Level.HIGH && upper == Threshold.Level.HIGH_HIGH) {
      return P + "threshold.highHighNotAboveHigh";
    }
    if (lower == Threshold.Level.LOW_LOW && upper == Threshold.Level.LOW) {
      return P + "threshold.lowLowNotBelowLow";
    }
    return P + "threshold.lowNotBelowHigh";
  }

  /** The outer limit (HIGH_HIGH, LOW_LOW) may not give a milder severity than the inner one. */
  private static void milder(
      Check c, String path, Threshold.Limit outer, Threshold.Limit inner, String o, String i) {
    if (outer != null
        && inner != null
        && outer.severity() != null
        && inner.severity() != null
        && outer.severity().compareTo(inner.severity()) < 0) {
      c.add(path, P + "threshold.outerMilder", o, outer.severity(), i, inner.severity());
    }
  }

  private void rainstorm(Check c, String path, Rainstorm r, Set<String> channels, String kind) {
    channel(c, path, r.channel(), channels, kind);
    if (r.steps() == null || r.steps().isEmpty()) {
      c.add(path + ".steps", P + "rain.steps.empty");
      return;
    }
    for (int i = 0; i < r.steps().size(); i++) {
      String at = path + ".steps[" + i + "]";
      Rainstorm.Step s = r.steps().get(i);
      if (s == null) {
        c.add(at, P + "rain.step.required");
        continue;
      }
      if (duration(c, at + ".window", s.window(), false, MAX_WINDOW)
          && s.window().toSeconds() % 60 != 0) {
        c.add(at + ".window", P + "rain.window.wholeMinutes", s.window());
      }
      positive(c, at + ".millimetres", s.millimetres(), P + "rain.mm.notPositive");
      if (s.colour() == null) {
        c.add(at + ".colour", P + "rain.colour.required");
      }
      for (int j = 0; j < i; j++) {
        Rainstorm.Step o = r.steps().get(j);
        if (o != null && o.equals(s)) {
          c.add(at, P + "rain.step.duplicate", j + 1);
        }
      }
    }
  }

  private static void channel(
      Check c, String path, String channel, Set<String> channels, String kind) {
    if (blank(channel)) {
      c.add(path + ".channel", P + "channel.required");
    } else if (channels != null && !channels.contains(channel)) {
      c.add(
          path + ".channel",
          P + "channel.unknown",
          channel,
          kind,
          String.join(", ", new TreeSet<>(channels)));
    }
  }

  private static void positive(Check c, String path, Double value, String key) {
    if (value == null) {
      c.add(path, P + "number.required");
    } else if (!Double.isFinite(value)) {
      c.add(path, P + "number.notFinite");
    } else if (value <= 0) {
      c.add(path, key, value);
    }
  }

  /** True when the duration is usable (present, in range). */
  private static boolean duration(
      Check c, String path, Duration d, boolean zeroAllowed, Duration max) {
    if (d == null) {
      c.add(path, P + "duration.required");
    } else if (d.isNegative()) {
      c.add(path, P + "duration.negative", d);
    } else if (d.isZero() && !zeroAllowed) {
      c.add(path, P + "duration.zero");
    } else if (d.compareTo(max) > 0) {
      c.add(path, P + "duration.tooLong", d, max);
    } else {
      return true;
    }
    return false;
  }

  private static boolean containsNoData(Condition condition) {
    if (condition instanceof NoData) {
      return true;
    }
    if (condition instanceof HeldFor h) {
      return h.condition() != null && containsNoData(h.condition());
    }
    List<Condition> parts =
        condition instanceof AllOf a
            ? a.conditions()
            : condition instanceof AnyOf o ? o.conditions() : null;
    return parts != null && parts.stream().anyMatch(x -> x != null && containsNoData(x));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Problems found so far. */
  private static final class Check {
    final List<Violation> problems = new ArrayList<>();
    int conditions;

    void add(String path, String key, Object... args) {
      problems.add(new Violation(path, key, args));
    }
  }
}
