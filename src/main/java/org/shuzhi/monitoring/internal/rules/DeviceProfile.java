package org.shuzhi.monitoring.internal.rules;

/**
 * What the rules need to know about a device.
 *
 * @param code the device code
 * @param kind its kind, e.g. {@code WATER_LEVEL}
 * @param stationLevels the flood station's levels for a water-level device, else null
 */
public record DeviceProfile(String code, String kind, StationLevels stationLevels) {}
