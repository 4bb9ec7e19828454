package org.shuzhi.monitoring.internal.rules;

import java.time.Duration;

/**
 * Tuning of the {@link RuleEvaluator}.
 *
 * @param updateInterval least time between two UPDATE decisions of one alarm whose severity did not
 *     change (a new severity is reported at once); zero reports every new value
 * @param rateHistory readings kept per channel for rates of change; more readings inside the
 *     longest window are thinned to evenly spaced ones, so memory stays bounded at any reporting
 *     rate
 */
public record EvaluatorSettings(Duration updateInterval, int rateHistory) {

  public EvaluatorSettings {
    if (updateInterval == null || updateInterval.isNegative()) {
      throw new IllegalArgumentException("updateInterval must be zero or positive");
    }
    if (rateHistory < 2) {
      throw new IllegalArgumentException("rateHistory must be at least 2");
    }
  }

  public static EvaluatorSettings defaults() {
    return new EvaluatorSettings(Duration.ofMinutes(1), 128);
  }
}
