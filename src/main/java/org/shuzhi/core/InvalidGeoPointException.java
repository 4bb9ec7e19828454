package org.shuzhi.core;

import java.util.Locale;

/** A longitude or latitude out of range or not a number. Argument {@code {0}}: the value given. */
public final class InvalidGeoPointException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  /** Which coordinate is wrong. */
  public enum Problem {
    LONGITUDE,
    LATITUDE;

    /** {@code core.geo.<problem>}. */
    public String messageKey() {
      return "core.geo." + name().toLowerCase(Locale.ROOT);
    }
  }

  private final Problem problem;

  InvalidGeoPointException(Problem problem, double value) {
    super(problem.messageKey(), String.valueOf(value));
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
