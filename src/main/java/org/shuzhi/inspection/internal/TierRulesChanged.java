package org.shuzhi.inspection.internal;

/**
 * An administrator added, edited or removed a supervision tier rule: every enterprise's tier is
 * refreshed with the new rules after the change commits, instead of waiting for the next monthly
 * plan.
 *
 * @param actor the administrator who changed the rules (the refresh is audited in their name)
 */
record TierRulesChanged(String actor) {}
