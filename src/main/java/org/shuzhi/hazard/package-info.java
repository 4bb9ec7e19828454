/**
 * Hazards (隐患排查治理): reporting, grading, assignment, rectification with evidence, re-inspection and
 * close-out of hazards; overdue escalation (一月一通报、二月一曝光、三月一警示); inspections, tiered supervision and
 * targeted enforcement.
 */
package org.shuzhi.hazard;
