package org.shuzhi.notification;

/**
 * How grave a notice is: {@link #INFO} for plain information, then the four warning colours of
 * 《突发事件应对法》 Art. 42 (预警 四/三/二/一级 = 蓝/黄/橙/红), lowest first so that {@code compareTo} orders by
 * gravity. Stored by name.
 */
public enum Severity {
  INFO,
  BLUE,
  YELLOW,
  ORANGE,
  RED;

  /** Whether this is at least as grave as {@code minimum}. */
  public boolean atLeast(Severity minimum) {
    return compareTo(minimum) >= 0;
  }
}
