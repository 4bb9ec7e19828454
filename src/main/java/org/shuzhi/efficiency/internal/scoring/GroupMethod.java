package org.shuzhi.efficiency.internal.scoring;

import java.util.List;
import org.shuzhi.efficiency.EfficiencyGroup;

/**
 * The method of one group.
 *
 * @param group the group
 * @param scored false: the group's enterprises are listed without score or class (规下 &lt;3亩 by
 *     default); null means true
 * @param indicators weighted indicators; weights add up to 100
 * @param classification how classes are given
 * @param rules bonus, penalty and veto rules; null = none
 */
public record GroupMethod(
    EfficiencyGroup group,
    Boolean scored,
    List<IndicatorSpec> indicators,
    Classification classification,
    List<AdjustmentRule> rules) {

  public GroupMethod {
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  public boolean isScored() {
    return scored == null || scored;
  }
}
