/**
 * Per-mu efficiency evaluation (亩均论英雄, economy.md §1): evaluation years with the enterprises in
 * scope and their yearly figures imported by the owning departments (land from natural resources,
 * tax from the tax bureau, electricity from the power company, added value / revenue / R&amp;D /
 * employees from statistics, energy and emissions from ecology, major accidents from emergency
 * management), each value with its provenance and correction history; the scoring method of each
 * year (groups, weighted indicators with benchmark and cap, bonus/penalty and veto rules, A/B/C/D
 * classification by share or cut-off) as data; a pure scoring engine ({@code internal.scoring})
 * behind a what-if endpoint; and evaluation runs storing every enterprise's item scores, total,
 * rank and class as a versioned draft; and the publication workflow of runs (DRAFT → REVIEW →
 * PUBLICITY 公示 → PUBLISHED, SUPERSEDED by a newer published version, or DISCARDED) with its
 * history, objections (异议) by enterprises during the publicity period with attachments, decided by
 * the bureau with a reason and answered by a re-run, version differences, and a public listing of
 * name, group and class. Results of a run outside DRAFT are frozen, also by database triggers.
 * Publishing emits {@link org.shuzhi.efficiency.EfficiencyResultsPublished}; objection notices go
 * through {@code notification.Notifications}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Efficiency")
package org.shuzhi.efficiency;
