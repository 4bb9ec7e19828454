package org.shuzhi.monitoring.internal;

import java.math.BigDecimal;

/** A flood station draft that passed validation, with its derived town and grid. */
record ValidStation(
    String code,
    String name,
    String river,
    double lon,
    double lat,
    String townCode,
    Long gridId,
    BigDecimal warningLevel,
    BigDecimal guaranteeLevel,
    BigDecimal historicalMax,
    boolean synthetic) {}
