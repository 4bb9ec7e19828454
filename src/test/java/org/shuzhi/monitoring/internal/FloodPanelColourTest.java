package org.shuzhi.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.shuzhi.monitoring.FloodStation;

/** Flood warning signal colours (水利部, domain notes §5) and rainstorm colours (中国气象局). */
class FloodPanelColourTest {

  private static FloodStation station(String historical) {
    return new FloodStation(
        1,
        "S",
        "站",
        "河",
        120.2,
        30.1,
        "330109001",
        null,
        new BigDecimal("4.00"),
        new BigDecimal("5.00"),
        historical == null ? null : new BigDecimal(historical),
        false);
  }

  @Test
  void levelsGiveTheGravestColourReached() {
    FloodStation s = station("5.50");
    assertThat(FloodPanel.colour(s, 3.69)).isNull();
    assertThat(FloodPanel.colour(s, 3.70)).isEqualTo("BLUE");
    assertThat(FloodPanel.colour(s, 4.00)).isEqualTo("YELLOW");
    assertThat(FloodPanel.colour(s, 5.00)).isEqualTo("ORANGE");
    assertThat(FloodPanel.colour(s, 5.50)).isEqualTo("RED");
    // Without a historical maximum the gravest is orange.
    assertThat(FloodPanel.colour(station(null), 9)).isEqualTo("ORANGE");
  }

  @Test
  void rainSumsGiveTheRainstormColour() {
    assertThat(new RainSums(10, 20, 30, 49.9).colour()).isNull();
    assertThat(new RainSums(10, 20, 30, 50).colour()).isEqualTo("BLUE");
    assertThat(new RainSums(10, 20, 50, 60).colour()).isEqualTo("YELLOW");
    assertThat(new RainSums(10, 50, 60, 70).colour()).isEqualTo("ORANGE");
    assertThat(new RainSums(60, 100, 110, 120).colour()).isEqualTo("RED");
  }
}
