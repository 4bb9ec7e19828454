package org.shuzhi.command;

/**
 * Emergency response levels (应急响应级别), Ⅰ the most severe (特别重大), Ⅳ the least (一般), as in 《突发事件应对法》
 * and the national plans. Declared most severe first.
 */
public enum ResponseLevel {
  LEVEL_I("Ⅰ"),
  LEVEL_II("Ⅱ"),
  LEVEL_III("Ⅲ"),
  LEVEL_IV("Ⅳ");

  private final String numeral;

  ResponseLevel(String numeral) {
    this.numeral = numeral;
  }

  /** The Roman numeral as written in plans, e.g. Ⅱ. */
  public String numeral() {
    return numeral;
  }

  public boolean moreSevereThan(ResponseLevel other) {
    return ordinal() < other.ordinal();
  }
}
