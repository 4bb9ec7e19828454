package org.shuzhi.monitoring.internal.rules;

/**
 * Rainfall of one gauge channel in one-minute buckets, covering the longest accumulation window of
 * its rules (12 h = 720 doubles): bounded memory at any reporting rate, and late readings land in
 * their own minute while it is still covered.
 */
final class RainfallBuckets {

  static final long MINUTE = 60_000;

  private final double[] millimetres;
  private long newest = Long.MIN_VALUE;

  RainfallBuckets(int minutes) {
    this.millimetres = new double[minutes];
  }

  int minutes() {
    return millimetres.length;
  }

  /** Buckets covering more minutes, keeping what this one holds. */
  RainfallBuckets resized(int minutes) {
    RainfallBuckets bigger = new RainfallBuckets(minutes);
    if (newest != Long.MIN_VALUE) {
      bigger.newest = newest;
      for (int k = 0; k < Math.min(minutes, millimetres.length); k++) {
        bigger.millimetres[Math.floorMod(newest - k, minutes)] = at(newest - k);
      }
    }
    return bigger;
  }

  void add(long time, double mm) {
    if (!(mm > 0)) {
      return;
    }
    long bucket = Math.floorDiv(time, MINUTE);
    if (newest == Long.MIN_VALUE) {
      newest = bucket;
    } else if (bucket > newest) {
      long gap = Math.min(bucket - newest, millimetres.length);
      for (long b = bucket - gap + 1; b <= bucket; b++) {
        millimetres[Math.floorMod(b, millimetres.length)] = 0;
      }
      newest = bucket;
    } else if (bucket <= newest - millimetres.length) {
      return;
    }
    millimetres[Math.floorMod(bucket, millimetres.length)] += mm;
  }

  /** Rainfall in the minute bucket, 0 when outside what is covered. */
  double at(long bucket) {
    if (newest == Long.MIN_VALUE || bucket > newest || bucket <= newest - millimetres.length) {
      return 0;
    }
    return millimetres[Math.floorMod(bucket, millimetres.length)];
  }
}
