package org.shuzhi.efficiency.internal.scoring;

/**
 * How a group's enterprises get their class (economy.md §1.4: counties use either shares of the
 * ranking or score cut-offs).
 *
 * <ul>
 *   <li>SHARE: {@code a} % best are A, {@code d} % worst are D, the next {@code b} % after A are B
 *       (default: half of what A and D leave), the rest C. Counts are rounded to the nearest whole
 *       enterprise (half up).
 *   <li>CUTOFF: total ≥ {@code a} is A, ≥ {@code b} is B, ≥ {@code c} is C, below is D.
 * </ul>
 *
 * Equal totals always share the better class, so a tie at a boundary can make a class larger than
 * its share.
 */
public record Classification(Mode mode, Double a, Double b, Double c, Double d) {

  public enum Mode {
    SHARE,
    CUTOFF
  }

  public static Classification defaultShares() {
    return new Classification(Mode.SHARE, 10.0, 40.0, null, 10.0);
  }

  /** The B share for SHARE mode: as given, else half of what A and D leave. */
  double shareB() {
    return b != null ? b : (100 - a - d) / 2;
  }
}
