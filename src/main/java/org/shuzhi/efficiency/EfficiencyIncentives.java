package org.shuzhi.efficiency;

import java.util.List;

/**
 * The A/B incentives of a year for the enterprise services module: the list materialised from the
 * year's latest PUBLISHED evaluation run (empty while none is published). Listen to {@link
 * EfficiencyResultsPublished} to learn when a new list stands.
 */
public interface EfficiencyIncentives {

  List<EnterpriseIncentive> incentives(int year);
}
