package org.shuzhi.monitoring;

import java.math.BigDecimal;
import org.shuzhi.core.CoordinateSystem;

/** A flood station as entered, before validation; levels in metres. */
public record FloodStationDraft(
    String code,
    String name,
    String river,
    Double lon,
    Double lat,
    CoordinateSystem coordinateSystem,
    BigDecimal warningLevel,
    BigDecimal guaranteeLevel,
    BigDecimal historicalMax,
    Boolean synthetic) {}
