package org.shuzhi.core;

import java.util.Locale;

/**
 * A string that is not a valid 统一社会信用代码. Arguments: {@code {0}} the 1-based position of the
 * problem, {@code {1}} a detail that depends on the problem (see {@link Problem}).
 */
public final class InvalidUsccException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  /** What is wrong, in the order the checks run. */
  public enum Problem {
    /** Not 18 characters; detail = actual length; position = first missing or surplus one. */
    LENGTH,
    /** A character outside the GB 32100 code set (no I, O, S, V, Z); detail = that character. */
    CHARACTER,
    /** Positions 3–8 are not a 6-digit GB/T 2260 division code; detail = the bad character. */
    DIVISION_CODE,
    /** Position 17 is not the GB 11714 check of positions 9–16; detail = expected character. */
    ORGANIZATION_CODE_CHECK,
    /** Position 18 is not the GB 32100 check character; detail = expected character. */
    CHECK_CHARACTER;

    /** {@code core.uscc.<problem>}, e.g. {@code core.uscc.check_character}. */
    public String messageKey() {
      return "core.uscc." + name().toLowerCase(Locale.ROOT);
    }
  }

  private final Problem problem;
  private final int position;

  InvalidUsccException(Problem problem, int position, Object detail) {
    super(problem.messageKey(), position, String.valueOf(detail));
    this.problem = problem;
    this.position = position;
  }

  public Problem problem() {
    return problem;
  }

  /** 1-based position of the offending character. */
  public int position() {
    return position;
  }
}
