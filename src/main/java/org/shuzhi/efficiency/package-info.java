/**
 * Per-mu efficiency evaluation (亩均论英雄, economy.md §1): evaluation years with the enterprises in
 * scope and their yearly figures imported by the owning departments (land from natural resources,
 * tax from the tax bureau, electricity from the power company, added value / revenue / R&amp;D /
 * employees from statistics, energy and emissions from ecology, major accidents from emergency
 * management), each value with its provenance and correction history; the scoring method of each
 * year (groups, weighted indicators with benchmark and cap, bonus/penalty and veto rules, A/B/C/D
 * classification by share or cut-off) as data, edited in a form per group (JSON as the advanced
 * view); a pure scoring engine ({@code internal.scoring}) behind a what-if endpoint; and evaluation
 * runs storing every enterprise's item scores, total, rank and class as a versioned draft for the
 * publication workflow. {@link org.shuzhi.efficiency.EfficiencyDemo} loads three demo years
 * (figures and a run each) for the demo module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Efficiency")
package org.shuzhi.efficiency;
