package org.shuzhi.risk.internal.points;

/**
 * A risk object's colour or town may have changed: a point was assessed, the object was edited or
 * retired (published in that transaction). Unlike {@link org.shuzhi.risk.EnterpriseRiskChanged} it
 * is also published for objects without an enterprise, for the town figures of the cockpit.
 *
 * @param townCode the object's town before the change
 */
record RiskColoursChanged(String townCode) {}
