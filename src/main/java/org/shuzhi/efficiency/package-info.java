/**
 * Per-mu efficiency evaluation (亩均论英雄, economy.md §1).
 *
 * <p>Data: evaluation years with the enterprises in scope and their yearly figures imported by the
 * owning departments (land from natural resources, tax from the tax bureau, electricity from the
 * power company, water use from the water company, added value / revenue / R&amp;D / employees from
 * statistics, energy and emissions from ecology, major accidents from emergency management), each
 * value with its provenance and correction history.
 *
 * <p>Method and scoring: the method of each year (groups, weighted indicators with benchmark and
 * cap, bonus/penalty and veto rules, A/B/C/D classification by share or cut-off) as data, edited in
 * a form per group (JSON as the advanced view); a pure scoring engine ({@code internal.scoring})
 * behind a what-if endpoint; evaluation runs storing every enterprise's item scores, total, rank
 * and class as a version.
 *
 * <p>Workflow: DRAFT → REVIEW → PUBLICITY 公示 → PUBLISHED (SUPERSEDED by a newer published version,
 * or DISCARDED) with its history; objections (异议) by enterprises during publicity with attachments,
 * decided with a reason and answered by a re-run; version differences; a public listing of name,
 * group and class. Results outside DRAFT are frozen, also by database triggers. Publishing emits
 * {@link org.shuzhi.efficiency.EfficiencyResultsPublished}.
 *
 * <p>Results ({@code internal.report}): the per-enterprise sheet 一企一单 (ranks in group / town /
 * industry, radar, other years through each year's standing run), distributions by town and
 * industry, a streamed Excel export and a map layer of the latest year's classes.
 *
 * <p>Differentiated policies (economy.md §1.5): surcharges per class from consumption, exported for
 * the utilities from a published run; land-use tax relief, quota changes, rebates; the A/B
 * incentive list offered through {@link org.shuzhi.efficiency.EfficiencyIncentives}.
 *
 * <p>Low-efficiency and zero-tax enterprises ({@code internal.improvement}, economy.md §1.6):
 * listing rules per year, lists computed in SQL, improvement cases worked by the responsible town
 * to closure (销号) with history, and a town dashboard.
 *
 * <p>Everything is read within the caller's data scope. {@link
 * org.shuzhi.efficiency.EfficiencyDemo} and {@link org.shuzhi.efficiency.EfficiencyImprovementDemo}
 * let the demo module load three demo years and open demo cases.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Efficiency")
package org.shuzhi.efficiency;
