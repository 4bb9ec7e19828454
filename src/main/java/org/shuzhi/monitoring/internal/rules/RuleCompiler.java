package org.shuzhi.monitoring.internal.rules;

import java.util.ArrayList;
import java.util.List;
import org.shuzhi.monitoring.AlarmSeverity;

/** Turns a (validated) rule into a {@link CompiledRule}. */
final class RuleCompiler {

  private final AlarmRule rule;
  private final List<String> channels = new ArrayList<>();
  private final List<Long> rateWindows = new ArrayList<>();
  private final List<Integer> rainMinutes = new ArrayList<>();
  private int nodes;
  private int held;
  private boolean sliding;
  private boolean anyReading;

  private RuleCompiler(AlarmRule rule) {
    this.rule = rule;
  }

  static CompiledRule compile(AlarmRule rule) {
    RuleCompiler c = new RuleCompiler(rule);
    ConditionNode root = c.node(rule.condition());
    return new CompiledRule(
        rule,
        root,
        c.nodes,
        c.channels.toArray(String[]::new),
        c.rateWindows.stream().mapToLong(Long::longValue).toArray(),
        c.rainMinutes.stream().mapToInt(Integer::intValue).toArray(),
        c.held,
        c.sliding,
        c.anyReading);
  }

  private ConditionNode node(Condition condition) {
    AlarmSeverity severity = rule.severity();
    if (condition instanceof Threshold t) {
      return new ThresholdNode(nodes++, slot(t.channel()), t, severity);
    }
    if (condition instanceof RateOfChange r) {
      int slot = slot(r.channel());
      rateWindows.set(slot, Math.max(rateWindows.get(slot), r.window().toMillis()));
      return new RateNode(nodes++, slot, r, severity);
    }
    if (condition instanceof HeldFor h) {
      int id = nodes++;
      return new HeldNode(id, node(h.condition()), held++, h.duration().toMillis());
    }
    if (condition instanceof AllOf a) {
      int id = nodes++;
      return new CombinationNode(
          id, a.conditions().stream().map(this::node).toArray(ConditionNode[]::new), true);
    }
    if (condition instanceof AnyOf a) {
      int id = nodes++;
      return new CombinationNode(
          id, a.conditions().stream().map(this::node).toArray(ConditionNode[]::new), false);
    }
    if (condition instanceof NoData n) {
      sliding = true;
      anyReading |= n.channel() == null;
      return new NoDataNode(nodes++, n.channel() == null ? -1 : slot(n.channel()), n, severity);
    }
    if (condition instanceof FloodLevel f) {
      return new FloodNode(nodes++, slot(f.channel()), f);
    }
    if (condition instanceof Rainstorm r) {
      sliding = true;
      int slot = slot(r.channel());
      RainstormNode node = new RainstormNode(nodes++, slot, r);
      rainMinutes.set(slot, Math.max(rainMinutes.get(slot), node.longestMinutes()));
      return node;
    }
    throw new IllegalArgumentException("unknown condition " + condition);
  }

  private int slot(String channel) {
    int slot = channels.indexOf(channel);
    if (slot < 0) {
      channels.add(channel);
      rateWindows.add(0L);
      rainMinutes.add(0);
      slot = channels.size() - 1;
    }
    return slot;
  }
}
