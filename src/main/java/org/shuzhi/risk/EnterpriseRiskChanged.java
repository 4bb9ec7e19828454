package org.shuzhi.risk;

/**
 * Published (in the changing transaction, delivered to module listeners after its commit) when the
 * risk an enterprise carries may have changed inside the risk module: a risk point of one of its
 * risk objects was assessed; one of its risk objects was retired, or was moved to or from it; one
 * of its major hazard sites was created, changed, deleted, moved to or from it, or regraded after a
 * catalogue edit. A move publishes one event for each of the two enterprises. Listeners (safety
 * code, supervision tier) recompute from the current state, so a redelivery is harmless.
 *
 * <p>The trusted bulk loaders ({@link RiskCensus#assess}, {@link MajorHazardRegistry#register})
 * publish nothing; their callers recompute in bulk.
 *
 * @param uscc the enterprise's USCC
 */
public record EnterpriseRiskChanged(String uscc) {}
