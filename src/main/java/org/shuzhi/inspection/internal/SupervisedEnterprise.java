package org.shuzhi.inspection.internal;

import org.shuzhi.risk.MajorHazardLevel;
import org.shuzhi.risk.RiskColour;

/**
 * An enterprise under planned supervision, with what put it there.
 *
 * @param gridId the registry's grid of the enterprise when last refreshed (a filter, not a cause: a
 *     grid change alone is stored but never a change of supervision), null when unknown
 */
record SupervisedEnterprise(
    String uscc,
    String name,
    String townCode,
    Long gridId,
    RiskColour colour,
    MajorHazardLevel level,
    Supervision supervision) {}
