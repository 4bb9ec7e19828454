/**
 * Hazards (隐患排查治理): reporting, grading, assignment, rectification with evidence, re-inspection and
 * close-out of hazards; overdue escalation (一月一通报、二月一曝光、三月一警示); inspections, tiered supervision and
 * targeted enforcement.
 *
 * <p>Events: {@link org.shuzhi.hazard.HazardStateChanged} after every report and transition, {@link
 * org.shuzhi.hazard.HazardAssigned} when a hazard is assigned with a deadline, {@link
 * org.shuzhi.hazard.HazardEscalated} once per hazard and escalation level. The module itself turns
 * the last two into notifications (kind HAZARD, by town and severity).
 */
package org.shuzhi.hazard;
