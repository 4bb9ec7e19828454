package org.shuzhi.monitoring.internal;

import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.FloodStation;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.platform.NumberInput;

/** The flood station form as text. */
public record StationForm(
    String code,
    String name,
    String river,
    String lon,
    String lat,
    String coordinateSystem,
    String warningLevel,
    String guaranteeLevel,
    String historicalMax,
    Integer version) {

  static StationForm empty() {
    return new StationForm(null, null, null, null, null, "WGS84", null, null, null, null);
  }

  static StationForm of(StationRow r) {
    FloodStation s = r.station();
    return new StationForm(
        s.code(),
        s.name(),
        s.river(),
        String.valueOf(s.lon()),
        String.valueOf(s.lat()),
        "WGS84",
        s.warningLevel().toPlainString(),
        s.guaranteeLevel().toPlainString(),
        s.historicalMax() == null ? null : s.historicalMax().toPlainString(),
        r.version());
  }

  FloodStationDraft toDraft() {
    return new FloodStationDraft(
        code,
        name,
        river,
        NumberInput.decimalNumber(lon, "lon"),
        NumberInput.decimalNumber(lat, "lat"),
        DeviceForm.parse(CoordinateSystem.class, coordinateSystem, "coordinateSystem"),
        NumberInput.decimal(warningLevel, "warningLevel"),
        NumberInput.decimal(guaranteeLevel, "guaranteeLevel"),
        NumberInput.decimal(historicalMax, "historicalMax"),
        false);
  }
}
