/**
 * Per-mu efficiency evaluation (亩均论英雄, economy.md §1): evaluation years with the enterprises in
 * scope and their yearly figures imported by the owning departments (land from natural resources,
 * tax from the tax bureau, electricity from the power company, added value / revenue / R&amp;D /
 * employees from statistics, energy and emissions from ecology, major accidents from emergency
 * management), each value with its provenance and correction history; the scoring method of each
 * year (groups, weighted indicators with benchmark and cap, bonus/penalty and veto rules, A/B/C/D
 * classification by share or cut-off) as data; a pure scoring engine ({@code internal.scoring})
 * behind a what-if endpoint; and evaluation runs storing every enterprise's item scores, total,
 * rank and class as a versioned draft for the publication workflow. Low-efficiency and zero-tax
 * enterprises ({@code internal.improvement}, economy.md §1.6): per-year listing rules (湖州 "三低"
 * defaults, 零收 = land &gt; 0 and tax ≤ 0), the lists computed in SQL from the year's figures,
 * improvement cases (整治/提升) generated idempotently from them and worked by the responsible town up
 * to closure (销号) with history and audit, and a town dashboard of counts, land and tax gained;
 * {@link org.shuzhi.efficiency.EfficiencyImprovementDemo} lets the demo module open demo cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Efficiency")
package org.shuzhi.efficiency;
