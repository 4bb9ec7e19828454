package org.shuzhi.inspection.internal;

import java.util.Arrays;
import java.util.List;
import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/** What a tier rule looks at: the enterprise's risk colour or its GB 18218 major-hazard level. */
enum TierCriterion {
  RISK_COLOUR(Arrays.stream(RiskColour.values()).map(Enum::name).toList()),
  MAJOR_HAZARD_LEVEL(Arrays.stream(MajorHazardLevel.values()).map(Enum::name).toList());

  private final List<String> values;

  TierCriterion(List<String> values) {
    this.values = values;
  }

  /** The values a rule on this criterion may name, highest risk first. */
  List<String> criterionValues() {
    return values;
  }

  boolean allows(String value) {
    return values.contains(value);
  }
}
