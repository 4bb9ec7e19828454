package org.shuzhi.risk;

/**
 * Grade of a major hazard installation by R (GB 18218-2018 §4.3, Table 5): 一级 is the most
 * dangerous. The R thresholds are reference data ({@code risk_level_band}), not fixed here.
 */
public enum MajorHazardLevel {
  /** 一级. */
  LEVEL_1("#d7263d"),
  /** 二级. */
  LEVEL_2("#f46036"),
  /** 三级. */
  LEVEL_3("#e2b714"),
  /** 四级. */
  LEVEL_4("#1b98e0");

  private final String colour;

  MajorHazardLevel(String colour) {
    this.colour = colour;
  }

  /** Map colour: 一级 red, 二级 orange, 三级 yellow, 四级 blue. */
  public String colour() {
    return colour;
  }

  /** Whether this level is more dangerous than {@code other} (null counts as no level). */
  public boolean graverThan(MajorHazardLevel other) {
    return other == null || ordinal() < other.ordinal();
  }
}
