package org.shuzhi.monitoring.internal;

/** How a device looks on the map: by its latest values and their age. */
public enum DeviceStatus {
  /** Reporting, every latest value within its limits. */
  NORMAL("#2f9e44"),
  /** A latest value at or past a flood level or a threshold rule's limit. */
  OUT_OF_RANGE("#d9342b"),
  /** Reported once, but nothing received for longer than the offline period. */
  OFFLINE("#868e96"),
  /** Never reported. */
  NO_DATA("#ced4da");

  private final String colour;

  DeviceStatus(String colour) {
    this.colour = colour;
  }

  public String colour() {
    return colour;
  }
}
