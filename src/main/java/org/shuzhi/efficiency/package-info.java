/**
 * Per-mu efficiency evaluation (亩均论英雄, economy.md §1): evaluation years with the enterprises in
 * scope and their yearly figures imported by the owning departments (land from natural resources,
 * tax from the tax bureau, electricity from the power company, added value / revenue / R&amp;D /
 * employees from statistics, energy and emissions from ecology, major accidents from emergency
 * management, water use from the water company), each value with its provenance and correction
 * history; the scoring method of each year (groups, weighted indicators with benchmark and cap,
 * bonus/penalty and veto rules, A/B/C/D classification by share or cut-off) as data; a pure scoring
 * engine ({@code internal.scoring}) behind a what-if endpoint; and evaluation runs storing every
 * enterprise's item scores, total, rank and class as a versioned draft for the publication
 * workflow. Differentiated policies (economy.md §1.5) per year and class: electricity / water /
 * emission surcharges computed from each C/D enterprise's consumption and exported for the
 * utilities from a published run, land-use tax relief, quota changes and rebate rules; the A/B
 * incentive list of each published run is materialised on {@link
 * org.shuzhi.efficiency.EfficiencyResultsPublished} and offered to other modules through {@link
 * org.shuzhi.efficiency.EfficiencyIncentives}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Efficiency")
package org.shuzhi.efficiency;
