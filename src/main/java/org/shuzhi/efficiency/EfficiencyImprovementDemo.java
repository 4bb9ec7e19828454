package org.shuzhi.efficiency;

import java.util.List;

/**
 * Demo improvement cases, for the demo module to call once its evaluation years and figures are
 * loaded.
 */
public interface EfficiencyImprovementDemo {

  /**
   * Opens the improvement cases of the low-efficiency and zero-tax lists of each year, oldest first
   * (with the year's rules, defaults unless edited), as the bureau's "generate cases" action does,
   * then moves some of the earliest year's cases along: planned and in progress, and a few closed
   * (销号) so the dashboard shows tax gained. Years that are not open are skipped.
   *
   * @param years evaluation years with figures
   * @return the number of cases opened
   */
  int createDemoCases(List<Integer> years);
}
