package org.shuzhi.efficiency;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluation years for tests. Every test class of a run shares one database and years are unique,
 * so all of them take their years from this one counter (2026–2099; the demo owns 2023–2025 and the
 * class-layer test 2100, which must stay the latest year).
 */
public final class TestYears {

  private static final int FIRST = 2026;
  private static final int LAST = 2099;
  private static final AtomicInteger NEXT = new AtomicInteger(FIRST);

  private TestYears() {}

  /** A year no other test has taken. */
  public static int next() {
    return consecutive(1);
  }

  /** The first of {@code count} consecutive years no other test has taken. */
  public static int consecutive(int count) {
    int first = NEXT.getAndAdd(count);
    if (first + count - 1 > LAST) {
      throw new IllegalStateException("the test years " + FIRST + "–" + LAST + " are used up");
    }
    return first;
  }
}
