package org.shuzhi.command;

/** Incident types a plan is written for (stored by name; new types may be added at the end). */
public enum IncidentType {
  HAZARDOUS_CHEMICAL_LEAK,
  FIRE,
  EXPLOSION,
  FLOOD,
  RAINSTORM,
  TYPHOON,
  GEOLOGICAL_DISASTER,
  BUILDING_COLLAPSE,
  TRAFFIC_ACCIDENT,
  PUBLIC_HEALTH,
  OTHER
}
