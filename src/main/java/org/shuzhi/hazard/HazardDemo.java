package org.shuzhi.hazard;

import java.util.List;

/** Demo data for the hazard loop, for the demo module to call once on a fresh database. */
public interface HazardDemo {

  /**
   * Creates synthetic hazards for the given enterprises, cycling through them: at least one in
   * every state of the loop, a supervised major hazard, and hazards overdue by about 10, 35, 65 and
   * 95 days (escalated to bulletin, exposure and warning accordingly). Each hazard walks the real
   * workflow, back-dated, with a generated photo as evidence where one is required.
   *
   * @param enterpriseUsccs registered enterprises (at least one)
   * @return the number of hazards created
   */
  int createDemoHazards(List<String> enterpriseUsccs);
}
