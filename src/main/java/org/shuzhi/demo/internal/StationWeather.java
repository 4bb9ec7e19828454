package org.shuzhi.demo.internal;

import java.util.Random;

/**
 * Rain over one simulated flood station: rain events of 20–60 minutes at 5–60 mm/h start now and
 * then; the run-off raises the water level (about 3 cm per mm of rain) and drains away over hours,
 * so heavy events lift gauges past their warning level and back.
 */
final class StationWeather {

  private static final double METRES_PER_MM = 0.03;
  private static final double DRAIN_SECONDS = 3 * 3600;

  private final Random random;
  private final double eventChancePerMinute;
  private double rainLeftSeconds;
  private double intensity;
  private double wetness;

  StationWeather(long seed, double eventChancePerMinute) {
    this.random = new Random(seed);
    this.eventChancePerMinute = eventChancePerMinute;
  }

  /** Advances the weather by {@code seconds}. */
  void advance(double seconds) {
    if (rainLeftSeconds <= 0 && random.nextDouble() < eventChancePerMinute * seconds / 60) {
      rainLeftSeconds = 1200 + random.nextInt(2400);
      intensity = 5 + random.nextInt(56);
    }
    double rain = rainNow();
    wetness += rain * seconds / 3600 * METRES_PER_MM;
    wetness *= Math.exp(-seconds / DRAIN_SECONDS);
    rainLeftSeconds -= seconds;
  }

  /** Rain intensity now, mm/h. */
  double rainNow() {
    return rainLeftSeconds > 0 ? intensity : 0;
  }

  /** Water level rise from run-off now, m. */
  double wetness() {
    return wetness;
  }
}
