package org.shuzhi.hazard;

import java.util.Set;

/**
 * Main line of the hazard loop: 上报 → 定级 → 交办 → 整改中 → 整改完成 → 复查通过 → 销号. Overdue (逾期) and supervised
 * listing (挂牌督办) are flags beside it, not states. Stored by name in {@code hazard.state}.
 */
public enum HazardState {
  REPORTED,
  GRADED,
  ASSIGNED,
  RECTIFYING,
  RECTIFIED,
  REINSPECTED_PASS,
  CLOSED;

  /**
   * States in which the responsible unit still owes the rectification, so a passed deadline counts
   * as overdue and escalates. A hazard submitted as rectified waits on the regulator's
   * re-inspection, which is not the unit's delay.
   */
  public static final Set<HazardState> AWAITING_RECTIFICATION = Set.of(ASSIGNED, RECTIFYING);

  public boolean awaitingRectification() {
    return AWAITING_RECTIFICATION.contains(this);
  }
}
