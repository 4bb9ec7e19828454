package org.shuzhi.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuzhi.demo.internal.ChannelSignal.Shape;

class ChannelSignalTest {

  private static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");

  private static List<Double> sample(ChannelSignal signal, int seconds, double rain, double wet) {
    List<Double> values = new ArrayList<>();
    for (int s = 0; s < seconds; s += 5) {
      values.add(signal.value(T0.plusSeconds(s), 5, rain, wet));
    }
    return values;
  }

  @Test
  void gasStaysNearZeroWithoutExcursions() {
    var values = sample(new ChannelSignal(Shape.GAS_LEL, 0, 1, 0), 3600, 0, 0);
    assertThat(values).allSatisfy(v -> assertThat(v).isBetween(0.0, 5.0));
  }

  @Test
  void anExcursionRisesPastTheFirstGasAlarmAndFallsBack() {
    var values = sample(new ChannelSignal(Shape.GAS_LEL, 0, 2, 60), 1200, 0, 0);
    int peak = values.indexOf(values.stream().max(Double::compare).orElseThrow());
    assertThat(values.get(peak)).isGreaterThan(20); // GB/T 50493 first alarm ≤ 25 %LEL
    assertThat(values.subList(peak, values.size())).anySatisfy(v -> assertThat(v).isLessThan(5));
  }

  @Test
  void temperatureIsWarmerInTheAfternoonThanBeforeDawn() {
    var signal = new ChannelSignal(Shape.TANK_TEMPERATURE, 18, 3, 0);
    // 15:00 and 03:00 Asia/Shanghai
    double afternoon = signal.value(Instant.parse("2026-07-01T07:00:00Z"), 5, 0, 0);
    double night = signal.value(Instant.parse("2026-07-01T19:00:00Z"), 5, 0, 0);
    assertThat(afternoon - night).isGreaterThan(8);
  }

  @Test
  void rainRaisesTheWaterLevelAndDrainsAway() {
    var signal = new ChannelSignal(Shape.WATER_LEVEL, 5.0, 4, 0);
    var weather = new StationWeather(5, 60);
    double dry = signal.value(T0, 60, 0, 0);
    double wettest = 0;
    for (int minute = 0; minute < 60; minute++) {
      weather.advance(60);
      wettest = Math.max(wettest, weather.wetness());
    }
    assertThat(weather.rainNow()).isPositive();
    double wet = signal.value(T0, 60, weather.rainNow(), wettest);
    assertThat(wet).isGreaterThan(dry + 0.1);
    var rain = new ChannelSignal(Shape.RAINFALL, 0, 6, 0);
    // mm per interval = intensity (mm/h) × interval
    assertThat(rain.value(T0, 360, 30, 0)).isEqualTo(3.0);
    assertThat(rain.value(T0, 360, 0, 0)).isZero();
  }
}
