package org.shuzhi.warning;

import java.util.Optional;

/**
 * Warning colour (预警级别): 《突发事件应对法》 (2007) Art. 42 — 一级 红 (highest), 二级 橙, 三级 黄, 四级 蓝.
 *
 * <p>CAP 1.2 has no colour, so each colour is sent as a severity, urgency and certainty. The
 * severity mapping (红→Extreme, 橙→Severe, 黄→Moderate, 蓝→Minor) is a convention, not in any Chinese
 * standard (domain notes emergency.md §6, marked unsure). Urgency and certainty are our choice: a
 * red or orange warning asks for action now (Immediate), yellow and blue for preparation
 * (Expected); a warning is issued for what is expected to happen (Likely).
 */
public enum WarningColour {
  BLUE("Minor", "Expected", "Likely", 4),
  YELLOW("Moderate", "Expected", "Likely", 3),
  ORANGE("Severe", "Immediate", "Likely", 2),
  RED("Extreme", "Immediate", "Likely", 1);

  private final String capSeverity;
  private final String capUrgency;
  private final String capCertainty;
  private final int level;

  WarningColour(String capSeverity, String capUrgency, String capCertainty, int level) {
    this.capSeverity = capSeverity;
    this.capUrgency = capUrgency;
    this.capCertainty = capCertainty;
    this.level = level;
  }

  /** CAP {@code severity}. */
  public String capSeverity() {
    return capSeverity;
  }

  /** CAP {@code urgency}. */
  public String capUrgency() {
    return capUrgency;
  }

  /** CAP {@code certainty}. */
  public String capCertainty() {
    return capCertainty;
  }

  /** 预警级别 1 (red) … 4 (blue). */
  public int level() {
    return level;
  }

  /** The colour a received CAP severity stands for; empty for Unknown or anything else. */
  public static Optional<WarningColour> ofCapSeverity(String severity) {
    for (WarningColour c : values()) {
      if (c.capSeverity.equals(severity)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
