package org.shuzhi.risk;

/**
 * Published when something that feeds an enterprise's safety code changed inside the risk module: a
 * risk point of one of its risk objects was assessed, or one of its major hazard sites was created,
 * changed or deleted.
 *
 * @param uscc the enterprise's USCC
 */
public record EnterpriseRiskChanged(String uscc) {}
