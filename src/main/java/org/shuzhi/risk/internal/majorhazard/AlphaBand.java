package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;

/**
 * An α band (GB 18218-2018 §4.3, Table 6): population within 500 m from {@code minPopulation} to
 * {@code maxPopulation} inclusive (null: no upper bound).
 */
record AlphaBand(int minPopulation, Integer maxPopulation, BigDecimal alpha) {

  boolean contains(int population) {
    return population >= minPopulation && (maxPopulation == null || population <= maxPopulation);
  }
}
