package org.shuzhi.core;

import java.util.concurrent.ThreadLocalRandom;

/** Unified social credit codes for tests that register their own enterprises. */
public final class TestUsccs {

  private TestUsccs() {}

  /**
   * A fresh, valid USCC (GB 32100-2015) of a company (91) registered in Xiaoshan (330109), with a
   * random 8-digit organization code: tests share one database, so each takes a code of its own.
   */
  public static String newUscc() {
    String org = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    return Uscc.withCheckCharacters("91330109" + org).value();
  }
}
