package org.shuzhi.risk;

/** How a risk point is assessed: LEC (作业条件危险性评价, D = L × E × C) or the LS matrix (R = L × S). */
public enum RiskPointMethod {
  LEC,
  LS
}
