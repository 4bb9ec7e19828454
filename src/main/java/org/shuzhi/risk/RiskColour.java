package org.shuzhi.risk;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The four risk colours, highest first: 红/橙/黄/蓝 = 重大/较大/一般/低风险 (国务院安委办 安委办〔2016〕11号). Blue is the
 * lowest risk.
 */
public enum RiskColour {
  RED("#d7263d"),
  ORANGE("#f46036"),
  YELLOW("#e2b714"),
  BLUE("#1b98e0");

  /** Marker colour for risk objects or points not assessed yet. */
  public static final String UNASSESSED_CSS = "#9e9e9e";

  private final String css;

  RiskColour(String css) {
    this.css = css;
  }

  /** The CSS colour used on maps and charts (the shared stylesheet's palette). */
  public String css() {
    return css;
  }

  /** Whether this colour means more risk than {@code other}. */
  public boolean higherThan(RiskColour other) {
    return other == null || ordinal() < other.ordinal();
  }

  /** The highest of the colours, ignoring nulls; empty when there is none. */
  public static Optional<RiskColour> highest(Collection<RiskColour> colours) {
    return colours.stream().filter(Objects::nonNull).min(Comparator.naturalOrder());
  }
}
