package org.shuzhi.command.internal.resources;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.shuzhi.command.internal.CommandProperties;
import org.springframework.stereotype.Component;

/**
 * Capacity of a shelter = floor(usable area ÷ m² per person), GB 21734-2008 §5.4 (more than 1.5 m²
 * of living area per person; the figure is {@code shuzhi.command.shelter-area-per-person}).
 */
@Component
class ShelterCapacity {

  private final BigDecimal areaPerPerson;

  ShelterCapacity(CommandProperties properties) {
    this.areaPerPerson = properties.shelterAreaPerPerson();
  }

  int of(BigDecimal usableArea) {
    BigDecimal people = usableArea.divide(areaPerPerson, 0, RoundingMode.FLOOR);
    return people.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
  }

  BigDecimal areaPerPerson() {
    return areaPerPerson;
  }
}
