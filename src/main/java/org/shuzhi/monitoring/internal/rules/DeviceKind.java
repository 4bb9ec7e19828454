package org.shuzhi.monitoring.internal.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Proposal of the device kinds of issue 4 and their channels, for validating rules until the device
 * registry supplies its own {@link DeviceCatalogue}. Rules name kinds as strings, so the registry's
 * kinds replace these without touching rule code.
 */
public enum DeviceKind {
  /** Tank liquid level, m. */
  LIQUID_LEVEL("level"),
  /** Pressure, MPa. */
  PRESSURE("pressure"),
  /** Temperature, °C. */
  TEMPERATURE("temperature"),
  /** Combustible gas, %LEL. */
  COMBUSTIBLE_GAS("lel"),
  /** Toxic gas, ppm. */
  TOXIC_GAS("ppm"),
  /** River or reservoir water level at a flood station, m. */
  WATER_LEVEL("water_level"),
  /** Rainfall per reporting interval at a rain gauge, mm. */
  RAINFALL("rainfall");

  private final Set<String> channels;

  DeviceKind(String... channels) {
    this.channels = Set.of(channels);
  }

  public Set<String> channels() {
    return channels;
  }

  public static Optional<DeviceKind> of(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
