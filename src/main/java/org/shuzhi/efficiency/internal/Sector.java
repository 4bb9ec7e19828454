package org.shuzhi.efficiency.internal;

import org.shuzhi.core.IndustryCode;

/**
 * Which enterprises a year covers (浙政发〔2018〕5号, economy.md §1.1): all industrial enterprises (GB/T
 * 4754-2017 sections B mining, C manufacturing, D utilities) and above-scale services, without
 * wholesale/retail (F), hospitality (H), finance (J) and real estate (K); agriculture (A),
 * construction (E), public administration (S) and international organisations (T) are not services
 * in this sense either.
 */
enum Sector {
  INDUSTRY,
  SERVICES;

  private static final String INDUSTRY_SECTIONS = "BCD";
  private static final String SERVICE_SECTIONS = "GILMNOPQR";

  /** The sector the enterprise is evaluated in, or null when it is out of scope. */
  static Sector of(String industryCode, boolean aboveScale) {
    if (industryCode == null) {
      return null;
    }
    char section;
    try {
      section = IndustryCode.parse(industryCode).section();
    } catch (RuntimeException e) {
      return null;
    }
    if (INDUSTRY_SECTIONS.indexOf(section) >= 0) {
      return INDUSTRY;
    }
    return aboveScale && SERVICE_SECTIONS.indexOf(section) >= 0 ? SERVICES : null;
  }
}
