package org.shuzhi.monitoring;

/**
 * How grave an alarm is, in the four warning colours of 《突发事件应对法》 Art. 42 (预警 一/二/三/四级 = 红/橙/黄/蓝),
 * lowest first so that {@code compareTo} orders by gravity. Flood and rainstorm warnings use
 * exactly these colours (domain notes §5), so one scale serves every rule.
 */
public enum AlarmSeverity {
  BLUE,
  YELLOW,
  ORANGE,
  RED;

  /** The graver of the two. */
  public AlarmSeverity max(AlarmSeverity other) {
    return other != null && other.compareTo(this) > 0 ? other : this;
  }
}
