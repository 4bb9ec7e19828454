package org.shuzhi.efficiency;

import java.util.List;

/**
 * Demo data of the per-mu evaluation (issue 6 point 7), for the demo module to call once on a fresh
 * database: evaluation years with the default method, the departments' figures for the demo
 * enterprises (with realistic spreads and growth over the years) and one evaluation run per year.
 */
public interface EfficiencyDemo {

  /**
   * Opens each year (skipping a year that already exists: real data is never touched), fills the
   * figures of those of the given enterprises that are in the year's scope through the same store
   * the department imports use (provenance "演示数据 / demo", one delivery per department), and runs
   * the evaluation of each year. Deterministic: the same enterprises give the same figures.
   *
   * @param years the years, oldest first (the demo uses 2023, 2024, 2025)
   * @param enterpriseUsccs registered demo enterprises
   * @return what was created
   */
  Loaded createDemoYears(List<Integer> years, List<String> enterpriseUsccs);

  /**
   * What the demo load created.
   *
   * @param years years opened
   * @param enterprises enterprises given figures (per year)
   * @param runs evaluation runs created (one per year)
   */
  record Loaded(int years, int enterprises, int runs) {}
}
