package org.shuzhi.cockpit;

/**
 * The one four-step scale the cockpit ranks towns by, gravest first. The district's warning colours
 * all use it: 红/橙/黄/蓝 for risk (安委办〔2016〕11号) and alarms (《突发事件应对法》 Art. 42), and the four
 * major-hazard levels of GB 18218-2018 map onto it one to one (一级 = red … 四级 = blue).
 *
 * <p>Weights double per step, so one item of a grade weighs as much as two of the grade below:
 * {@code RED 8, ORANGE 4, YELLOW 2, BLUE 1}. Colours are the shared stylesheet's palette.
 */
public enum Gravity {
  RED(8, "#d7263d"),
  ORANGE(4, "#f46036"),
  YELLOW(2, "#e2b714"),
  BLUE(1, "#1b98e0");

  private final int weight;
  private final String css;

  Gravity(int weight, String css) {
    this.weight = weight;
    this.css = css;
  }

  /** The CSS colour of the grade in charts. */
  public String css() {
    return css;
  }

  public int weight() {
    return weight;
  }
}
