package org.shuzhi.hazard;

/**
 * A hazard found by a check of an enterprise (e.g. a failed checklist item of an inspection), as
 * another module hands it to the hazard loop.
 *
 * @param enterpriseUscc the enterprise inspected (must be registered)
 * @param title short statement of the hazard
 * @param description what was found, and where it was found (e.g. the inspection's number)
 * @param grade the grade the check suggests (e.g. MAJOR for an item of the 重大事故隐患判定标准), or null to
 *     leave grading to the regulator
 */
public record HazardFinding(
    String enterpriseUscc, String title, String description, HazardGrade grade) {}
