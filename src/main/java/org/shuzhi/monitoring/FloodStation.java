package org.shuzhi.monitoring;

import java.math.BigDecimal;

/**
 * A flood station (水位站) with its characteristic water levels in metres: 警戒水位 (warning), 保证水位
 * (guarantee) and the historical maximum; the 水利部 flood warning signal colours are keyed to them
 * (blue approaching warning, yellow ≥ warning, orange ≥ guarantee, red ≥ historical maximum).
 *
 * @param historicalMax may be null when not known
 */
public record FloodStation(
    long id,
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
