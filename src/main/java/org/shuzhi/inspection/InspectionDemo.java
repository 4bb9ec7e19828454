package org.shuzhi.inspection;

import java.util.List;

/** Demo data for inspections, for the demo module to call once on a fresh database. */
public interface InspectionDemo {

  /**
   * Generates the inspection plans of last month and this month (so the plan, the map and the
   * supervision register show due and overdue inspections), then records finished inspections of
   * the given enterprises, cycling through the checklists: some all passed, some with failed items
   * (which become hazards, a major one among them), some with a violation and a penalty. Marked
   * synthetic; findings are reported as the regulator.
   *
   * @param enterpriseUsccs registered enterprises (at least one)
   * @return the number of inspections created
   */
  int createDemoInspections(List<String> enterpriseUsccs);
}
