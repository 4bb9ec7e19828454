package org.shuzhi.monitoring;

/** The kind of object a device watches. */
public enum DeviceTargetKind {
  /** A risk object of the risk census (risk module). */
  RISK_OBJECT,
  /** A production or storage unit of a major-hazard installation (risk module, GB 18218-2018). */
  MAJOR_HAZARD_UNIT,
  /** A flood station of this module (水位站). */
  FLOOD_STATION
}
