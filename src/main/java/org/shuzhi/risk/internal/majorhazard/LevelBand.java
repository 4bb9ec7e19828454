package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import org.shuzhi.risk.MajorHazardLevel;

/** A grade applies from {@code minR} up to the next grade's minimum (GB 18218-2018 Table 5). */
record LevelBand(MajorHazardLevel level, BigDecimal minR) {}
