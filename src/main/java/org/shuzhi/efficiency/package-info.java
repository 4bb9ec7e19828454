/**
 * Per-mu efficiency evaluation (亩均论英雄, economy.md §1): evaluation years with the enterprises in
 * scope and their yearly figures imported by the owning departments (land from natural resources,
 * tax from the tax bureau, electricity from the power company, added value / revenue / R&amp;D /
 * employees from statistics, energy and emissions from ecology, major accidents from emergency
 * management), each value with its provenance and correction history; the scoring method of each
 * year (groups, weighted indicators with benchmark and cap, bonus/penalty and veto rules, A/B/C/D
 * classification by share or cut-off) as data; a pure scoring engine ({@code internal.scoring})
 * behind a what-if endpoint; and evaluation runs storing every enterprise's item scores, total,
 * rank and class as a versioned draft for the publication workflow. The results are read through
 * {@code internal.report}: the per-enterprise sheet 一企一单 (values, benchmarks, scores, ranks in
 * group / town / industry computed at query time, radar, the other years through each year's
 * standing run), distributions by town and industry with the ranking list, a streamed and audited
 * Excel export of a whole run, and a map layer of the latest year's classes (positions from the
 * enterprise registry's API) — all within the caller's data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Efficiency")
package org.shuzhi.efficiency;
