package org.shuzhi.hazard;

import org.shuzhi.identity.CurrentUser;

/** Entry into the hazard loop for findings of other modules' checks (inspections). */
public interface HazardFindings {

  /**
   * Reports the finding as a hazard with source INSPECTION, found by {@code inspector} (the same
   * role and scope rules as a report through the page or API). When the finding carries a grade and
   * the workflow lets the inspector grade, the hazard is graded at once; otherwise it stays
   * reported for the regulator to grade (e.g. a major grade needs the regulator department).
   *
   * @return the new hazard's id
   */
  long reportFinding(HazardFinding finding, CurrentUser inspector);
}
