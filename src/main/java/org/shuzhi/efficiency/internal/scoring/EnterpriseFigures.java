package org.shuzhi.efficiency.internal.scoring;

import java.util.Set;
import org.shuzhi.efficiency.EfficiencyGroup;

/**
 * One enterprise's figures for a year, as the scoring engine takes them (money in 10,000 yuan; null
 * = not reported).
 *
 * @param uscc 统一社会信用代码
 * @param group the evaluation group
 * @param landAreaMu land area, mu
 * @param tax tax actually paid (税收实际贡献)
 * @param addedValue industrial added value
 * @param energyTce comprehensive energy consumption, tonnes of standard coal equivalent
 * @param emission main pollutant emissions, equivalent tonnes
 * @param employees average number of employees
 * @param rdSpending R&amp;D spending
 * @param revenue main business revenue
 * @param electricityKwh electricity used, kWh
 * @param flags events of the year that rules react to (e.g. {@code MAJOR_SAFETY_ACCIDENT})
 */
public record EnterpriseFigures(
    String uscc,
    EfficiencyGroup group,
    Double landAreaMu,
    Double tax,
    Double addedValue,
    Double energyTce,
    Double emission,
    Double employees,
    Double rdSpending,
    Double revenue,
    Double electricityKwh,
    Set<String> flags) {

  public EnterpriseFigures {
    flags = flags == null ? Set.of() : Set.copyOf(flags);
  }
}
