package org.shuzhi.inspection;

import java.util.List;

/** Demo data for inspections, for the demo module to call once on a fresh database. */
public interface InspectionDemo {

  /**
   * Records finished inspections of the given enterprises, cycling through the checklists: some all
   * passed, some with failed items (which become hazards, a major one among them), some with a
   * violation and a penalty. Marked synthetic; findings are reported as the regulator.
   *
   * @param enterpriseUsccs registered enterprises (at least one)
   * @return the number of inspections created
   */
  int createDemoInspections(List<String> enterpriseUsccs);
}
