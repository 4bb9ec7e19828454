package org.shuzhi.demo.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;

/**
 * A plausible curve for one simulated channel: a baseline (diurnal temperature, slow tank level
 * drift, rain-driven water level, near-zero gas) plus noise and occasional excursions — a ramp up
 * past the alarm threshold, a short plateau and a ramp back — so alarms raise and then clear.
 */
final class ChannelSignal {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** How a channel behaves. */
  enum Shape {
    GAS_LEL,
    GAS_PPM,
    TANK_LEVEL,
    TANK_TEMPERATURE,
    TANK_PRESSURE,
    WATER_LEVEL,
    RAINFALL
  }

  private final Shape shape;
  private final Random random;
  private final double base;
  private final double phase;
  private final double excursionChancePerMinute;
  private Instant excursionStart;
  private double excursionPeak;
  private long excursionSeconds;

  /**
   * @param base the channel's normal level (water level: the station's warning level)
   * @param excursionChancePerMinute probability that an excursion starts in a given minute
   */
  ChannelSignal(Shape shape, double base, long seed, double excursionChancePerMinute) {
    this.shape = shape;
    this.base = base;
    this.random = new Random(seed);
    this.phase = random.nextDouble() * 2 * Math.PI;
    this.excursionChancePerMinute = excursionChancePerMinute;
  }

  Shape shape() {
    return shape;
  }

  /**
   * The value at {@code now}.
   *
   * @param sinceLast seconds since the channel's previous reading (rainfall is per interval)
   * @param rain the station's rain intensity now, mm/h (0 outside rain events)
   * @param wetness the station's accumulated run-off, m of water level rise
   */
  double value(Instant now, double sinceLast, double rain, double wetness) {
    double excursion = excursion(now, sinceLast);
    double hours = now.getEpochSecond() / 3600.0;
    double v =
        switch (shape) {
          case GAS_LEL -> Math.max(0, 0.8 + random.nextGaussian() * 0.4) + excursion;
          case GAS_PPM -> Math.max(0, 1.0 + random.nextGaussian() * 0.5) + excursion;
          case TANK_LEVEL -> base + 0.8 * Math.sin(2 * Math.PI * hours / 8 + phase) + excursion;
          case TANK_TEMPERATURE -> {
            double hourOfDay =
                now.atZone(SHANGHAI).getHour() + now.atZone(SHANGHAI).getMinute() / 60.0;
            // Warmest mid-afternoon, coolest before dawn.
            yield base
                + 6 * Math.sin(2 * Math.PI * (hourOfDay - 9) / 24)
                + random.nextGaussian() * 0.2
                + excursion;
          }
          case TANK_PRESSURE -> base + random.nextGaussian() * 0.01 + excursion;
          case WATER_LEVEL ->
              base
                  - 1.1
                  + 0.15 * Math.sin(2 * Math.PI * hours / 12.4 + phase)
                  + wetness
                  + random.nextGaussian() * 0.005;
          case RAINFALL -> rain <= 0 ? 0 : rain * Math.max(sinceLast, 1) / 3600.0;
        };
    return Math.round(v * 100) / 100.0;
  }

  private double excursion(Instant now, double sinceLast) {
    double amplitude =
        switch (shape) {
          case GAS_LEL -> 30; // first alarm at 20 %LEL or lower (GB/T 50493-2019 §5.5)
          case GAS_PPM -> 40;
          case TANK_LEVEL -> 1.8;
          case TANK_TEMPERATURE -> 15;
          case TANK_PRESSURE -> base * 0.6;
          case WATER_LEVEL, RAINFALL -> 0;
        };
    if (amplitude == 0) {
      return 0;
    }
    if (excursionStart == null) {
      double chance = excursionChancePerMinute * Math.max(sinceLast, 1) / 60.0;
      if (random.nextDouble() >= chance) {
        return 0;
      }
      excursionStart = now;
      excursionPeak = amplitude * (0.8 + random.nextDouble() * 0.6);
      excursionSeconds = 180 + random.nextInt(420);
    }
    double t = (now.getEpochSecond() - excursionStart.getEpochSecond()) / (double) excursionSeconds;
    if (t >= 1) {
      excursionStart = null;
      return 0;
    }
    // Ramp up over the first quarter, hold, ramp down over the last quarter.
    double shape = t < 0.25 ? t / 0.25 : t > 0.75 ? (1 - t) / 0.25 : 1;
    return excursionPeak * shape;
  }
}
