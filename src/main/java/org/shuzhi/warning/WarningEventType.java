package org.shuzhi.warning;

/**
 * What the warning is about, with its CAP 1.2 {@code category} (CAP 1.2 §3.2.2: Met covers
 * meteorological events including flood; Geo covers geophysical events including landslide).
 */
public enum WarningEventType {
  RAINSTORM("Met"),
  TYPHOON("Met"),
  FLOOD("Met"),
  HIGH_TEMPERATURE("Met"),
  COLD_WAVE("Met"),
  GALE("Met"),
  FOG("Met"),
  GEOLOGICAL_HAZARD("Geo"),
  FOREST_FIRE("Fire"),
  HAZARDOUS_CHEMICALS("CBRNE"),
  WORK_SAFETY("Safety"),
  PUBLIC_HEALTH("Health"),
  OTHER("Other");

  private final String capCategory;

  WarningEventType(String capCategory) {
    this.capCategory = capCategory;
  }

  public String capCategory() {
    return capCategory;
  }
}
