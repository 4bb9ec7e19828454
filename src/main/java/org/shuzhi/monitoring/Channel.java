package org.shuzhi.monitoring;

/**
 * A measuring channel (测点) of a device.
 *
 * @param no number of the channel within its device, stable while the channel exists
 * @param name the key in telemetry payloads, e.g. {@code level}
 * @param unit unit of its values, e.g. {@code m}, {@code %LEL}
 */
public record Channel(int no, String name, String unit) {}
