package org.shuzhi.command;

/**
 * Warning and alarm colours (预警 四/三/二/一级 = 蓝/黄/橙/红, 《突发事件应对法》), declared least severe first, so a
 * later constant is more severe. Same names as the monitoring alarm severities.
 */
public enum WarningColour {
  BLUE,
  YELLOW,
  ORANGE,
  RED;

  public boolean atLeast(WarningColour other) {
    return ordinal() >= other.ordinal();
  }
}
