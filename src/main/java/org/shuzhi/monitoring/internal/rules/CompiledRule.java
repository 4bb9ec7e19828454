package org.shuzhi.monitoring.internal.rules;

/**
 * A rule ready for evaluation: its condition as a node tree, the channels it reads (each node
 * refers to them by slot), the windows those channels need, and scratch arrays of the latest
 * evaluation.
 */
final class CompiledRule {

  final AlarmRule rule;
  final ConditionNode root;
  final String[] channels;

  /** Longest rate-of-change window per channel slot, ms (0: none). */
  final long[] rateWindow;

  /** Longest rainfall window per channel slot, minutes (0: none). */
  final int[] rainMinutes;

  final int heldCount;
  final long clearDelay;

  /** Has an offline or rainfall condition: evaluated again on each tick as time passes. */
  final boolean sliding;

  /** Has a device-wide offline condition, which any reading may clear. */
  final boolean anyReading;

  final int[] level;
  final double[] value;
  final int[] detail;

  CompiledRule(
      AlarmRule rule,
      ConditionNode root,
      int nodeCount,
      String[] channels,
      long[] rateWindow,
      int[] rainMinutes,
      int heldCount,
      boolean sliding,
      boolean anyReading) {
    this.rule = rule;
    this.root = root;
    this.channels = channels;
    this.rateWindow = rateWindow;
    this.rainMinutes = rainMinutes;
    this.heldCount = heldCount;
    this.clearDelay = rule.clearDelay().toMillis();
    this.sliding = sliding;
    this.anyReading = anyReading;
    this.level = new int[nodeCount];
    this.value = new double[nodeCount];
    this.detail = new int[nodeCount];
  }

  String code() {
    return rule.code();
  }
}
