package org.shuzhi.monitoring;

/**
 * What a device measures. Each kind proposes a default channel (name and unit) for new devices; a
 * device may carry more channels.
 */
public enum DeviceKind {
  /** 液位计 (储罐液位), m. */
  LIQUID_LEVEL("level", "m"),
  /** 压力变送器, MPa. */
  PRESSURE("pressure", "MPa"),
  /** 温度, ℃. */
  TEMPERATURE("temperature", "℃"),
  /** 可燃气体探测器, %LEL (GB/T 50493-2019). */
  COMBUSTIBLE_GAS("lel", "%LEL"),
  /** 有毒气体探测器, ppm (GB/T 50493-2019). */
  TOXIC_GAS("ppm", "ppm"),
  /** 水位站, m. */
  WATER_LEVEL("level", "m"),
  /** 雨量计, mm (per reading interval). */
  RAINFALL("rainfall", "mm"),
  /** 流量计, m³/h. */
  FLOW("flow", "m³/h"),
  /** Anything else; channels are given explicitly. */
  OTHER("value", "");

  private final String defaultChannel;
  private final String defaultUnit;

  DeviceKind(String defaultChannel, String defaultUnit) {
    this.defaultChannel = defaultChannel;
    this.defaultUnit = defaultUnit;
  }

  public String defaultChannel() {
    return defaultChannel;
  }

  public String defaultUnit() {
    return defaultUnit;
  }
}
