package org.shuzhi.identity.internal;

import java.util.Optional;

/** The departments whose staff use the platform district-wide (部门人员). */
enum Department {
  EMERGENCY,
  ECONOMY,
  DEVELOPMENT_REFORM,
  COMMERCE,
  CULTURE_TOURISM,
  NATURAL_RESOURCES,
  /** 税务局: tax actually paid (亩均论英雄 data). */
  TAX,
  /** 供电公司: electricity use (亩均论英雄 data). */
  POWER,
  /** 统计局: added value, revenue, R&D, employees (亩均论英雄 data). */
  STATISTICS,
  /** 生态环境分局: energy and emissions (亩均论英雄 data). */
  ECOLOGY,
  /** 水务集团: water use (亩均论英雄 differentiated water price). */
  WATER;

  static Optional<Department> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Department d : values()) {
      if (d.name().equals(code.trim())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  String messageKey() {
    return "identity.department." + name();
  }
}
