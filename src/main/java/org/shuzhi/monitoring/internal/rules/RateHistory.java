package org.shuzhi.monitoring.internal.rules;

/**
 * Recent readings of one channel for rates of change: a ring of (time, value) in time order,
 * covering the longest rate window of the channel's rules. Readings closer than {@code window /
 * (capacity - 1)} to the newest kept one are not kept, so the ring never overflows however fast the
 * device reports; the newest value itself is always known from the channel. A late reading is
 * slotted in at its place.
 */
final class RateHistory {

  final long window;
  private final long spacing;
  private final long[] times;
  private final double[] values;
  private int head;
  private int size;

  RateHistory(long windowMillis, int capacity) {
    this.window = windowMillis;
    this.spacing = Math.max(1, windowMillis / (capacity - 1));
    this.times = new long[capacity];
    this.values = new double[capacity];
  }

  /** A history for a new window or capacity, keeping what this one holds. */
  RateHistory resized(long windowMillis, int capacity) {
    RateHistory bigger = new RateHistory(windowMillis, capacity);
    for (int i = 0; i < size; i++) {
      int at = slot(i);
      bigger.add(times[at], values[at]);
    }
    return bigger;
  }

  void add(long time, double value) {
    if (size == 0 || time >= times[slot(size - 1)]) {
      if (size > 0 && time - times[slot(size - 1)] < spacing) {
        return;
      }
      if (size == times.length) {
        dropOldest();
      }
      int at = slot(size++);
      times[at] = time;
      values[at] = value;
    } else {
      insertLate(time, value);
    }
    long oldest = times[slot(size - 1)] - window;
    while (size > 1 && times[head] < oldest) {
      dropOldest();
    }
  }

  /** Value of the oldest kept reading at or after {@code from}, or NaN if there is none. */
  double oldestFrom(long from) {
    for (int i = 0; i < size; i++) {
      int at = slot(i);
      if (times[at] >= from) {
        return values[at];
      }
    }
    return Double.NaN;
  }

  int size() {
    return size;
  }

  private void insertLate(long time, double value) {
    if (time < times[slot(size - 1)] - window) {
      return;
    }
    if (size == times.length) {
      if (time < times[head]) {
        return;
      }
      dropOldest();
    }
    int i = size;
    while (i > 0 && times[slot(i - 1)] > time) {
      times[slot(i)] = times[slot(i - 1)];
      values[slot(i)] = values[slot(i - 1)];
      i--;
    }
    times[slot(i)] = time;
    values[slot(i)] = value;
    size++;
  }

  private void dropOldest() {
    head = (head + 1) % times.length;
    size--;
  }

  private int slot(int i) {
    return (head + i) % times.length;
  }
}
