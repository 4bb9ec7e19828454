package org.shuzhi.efficiency;

/**
 * The four classes (economy.md §1.4, 天台 names). The letter is what results show and the API
 * returns.
 */
public enum EfficiencyClass {
  /** A 优先发展类. */
  A_PRIORITY("A"),
  /** B 提升发展类. */
  B_UPGRADE("B"),
  /** C 调控帮扶类. */
  C_ADJUST("C"),
  /** D 倒逼整治类. */
  D_RECTIFY("D");

  private final String letter;

  EfficiencyClass(String letter) {
    this.letter = letter;
  }

  public String letter() {
    return letter;
  }

  public static EfficiencyClass ofLetter(String letter) {
    for (EfficiencyClass c : values()) {
      if (c.letter.equals(letter)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no class " + letter);
  }
}
