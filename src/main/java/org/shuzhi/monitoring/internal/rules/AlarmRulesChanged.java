package org.shuzhi.monitoring.internal.rules;

import java.util.Set;

/**
 * Published when rules were created, changed or deleted, so that whoever runs the {@link
 * RuleEvaluator} reloads {@link AlarmRuleService#enabledRules()} after the commit.
 *
 * @param codes the rules concerned
 */
public record AlarmRulesChanged(Set<String> codes) {}
