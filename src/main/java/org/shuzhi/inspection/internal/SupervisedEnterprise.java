package org.shuzhi.inspection.internal;

import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/** An enterprise under planned supervision, with what put it there. */
record SupervisedEnterprise(
    String uscc,
    String name,
    String townCode,
    RiskColour colour,
    MajorHazardLevel level,
    Supervision supervision) {}
