package org.shuzhi.core;

import java.util.Locale;

/**
 * Input that is not a valid 18-digit resident identity number (GB 11643-1999). The number itself is
 * not carried along (personal information). Argument {@code {0}}: 1-based position of the problem;
 * {@code {1}}: for {@link Problem#LENGTH} the actual length, otherwise empty.
 */
public final class InvalidIdNumberException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  /** What is wrong, in the order the checks run. */
  public enum Problem {
    /** Not 18 characters (15-digit numbers of the 1984 scheme are not accepted). */
    LENGTH,
    /** Positions 1–17 must be digits, position 18 a digit or X. */
    CHARACTER,
    /** Positions 7–14 are not a calendar date yyyyMMdd. */
    BIRTH_DATE,
    /** Position 18 is not the ISO 7064 MOD 11-2 check character of positions 1–17. */
    CHECK_DIGIT;

    /** {@code core.id.<problem>}. */
    public String messageKey() {
      return "core.id." + name().toLowerCase(Locale.ROOT);
    }
  }

  private final Problem problem;
  private final int position;

  InvalidIdNumberException(Problem problem, int position, Object detail) {
    super(problem.messageKey(), position, String.valueOf(detail));
    this.problem = problem;
    this.position = position;
  }

  public Problem problem() {
    return problem;
  }

  public int position() {
    return position;
  }
}
