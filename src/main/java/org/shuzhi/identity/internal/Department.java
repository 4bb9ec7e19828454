package org.shuzhi.identity.internal;

import java.util.Optional;

/** The departments whose staff use the platform district-wide (部门人员). */
enum Department {
  EMERGENCY,
  ECONOMY,
  DEVELOPMENT_REFORM,
  COMMERCE,
  CULTURE_TOURISM,
  NATURAL_RESOURCES;

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
