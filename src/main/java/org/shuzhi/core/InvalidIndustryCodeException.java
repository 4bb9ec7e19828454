package org.shuzhi.core;

import java.util.Locale;

/** Input that is not a GB/T 4754-2017 industry code. Argument {@code {0}}: the input as given. */
public final class InvalidIndustryCodeException extends InvalidValueException {

  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Problem {
    /** Neither a section letter followed by 2–4 digits nor 2–4 bare digits. */
    FORMAT,
    /** The letter is not one of the 20 sections A–T. */
    SECTION,
    /** The division (first two digits) is not one of 01–97. */
    DIVISION,
    /**
     * The division exists but belongs to another section than the one given; {1} = the right one.
     */
    SECTION_MISMATCH;

    /** {@code core.industry.<problem>}. */
    public String messageKey() {
      return "core.industry." + name().toLowerCase(Locale.ROOT);
    }
  }

  private final Problem problem;

  InvalidIndustryCodeException(Problem problem, Object... arguments) {
    super(problem.messageKey(), arguments);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
