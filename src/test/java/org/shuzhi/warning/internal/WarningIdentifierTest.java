package org.shuzhi.warning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.internal.cap.CapDateTimes;

/** GB/T 35965 identifiers, CAP date-times and the colour mapping, by worked examples. */
class WarningIdentifierTest {

  @Test
  void identifierFollowsTheGbt35965Pattern() {
    var id =
        new WarningIdentifier("330109", "00000100", LocalDateTime.of(2026, 6, 1, 8, 30, 0, 5), 0);
    assertThat(id.toString())
        .isEqualTo("33010900000100_20260601083000_0")
        .hasSize(WarningIdentifier.LENGTH)
        .matches(WarningIdentifier.PATTERN);
    assertThat(id.prefix()).isEqualTo("33010900000100_20260601083000_");
  }

  @Test
  void malformedPartsAreRefused() {
    LocalDateTime t = LocalDateTime.of(2026, 6, 1, 8, 30);
    assertThatThrownBy(() -> new WarningIdentifier("33010", "00000100", t, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WarningIdentifier("330109", "0000010", t, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WarningIdentifier("330109", "00000100", t, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void capDateTimesHaveANumericOffsetAndNoZ() {
    assertThat(
            CapDateTimes.format(
                OffsetDateTime.of(2026, 6, 1, 8, 30, 0, 900, ZoneOffset.ofHours(8))))
        .isEqualTo("2026-06-01T08:30:00+08:00");
    assertThat(CapDateTimes.format(OffsetDateTime.of(2026, 6, 1, 0, 30, 0, 0, ZoneOffset.UTC)))
        .isEqualTo("2026-06-01T00:30:00-00:00");
    assertThat(CapDateTimes.parse("2003-06-11T20:56:00-07:00").getOffset())
        .isEqualTo(ZoneOffset.ofHours(-7));
    assertThat(CapDateTimes.parse("2026-06-01T00:30:00-00:00").getOffset())
        .isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void coloursMapToCapSeverityUrgencyAndBack() {
    assertThat(WarningColour.RED.capSeverity()).isEqualTo("Extreme");
    assertThat(WarningColour.ORANGE.capSeverity()).isEqualTo("Severe");
    assertThat(WarningColour.YELLOW.capSeverity()).isEqualTo("Moderate");
    assertThat(WarningColour.BLUE.capSeverity()).isEqualTo("Minor");
    assertThat(WarningColour.RED.capUrgency()).isEqualTo("Immediate");
    assertThat(WarningColour.BLUE.capUrgency()).isEqualTo("Expected");
    assertThat(WarningColour.ofCapSeverity("Severe")).contains(WarningColour.ORANGE);
    assertThat(WarningColour.ofCapSeverity("Unknown")).isEmpty();
    assertThat(WarningColour.RED.level()).isEqualTo(1);
  }
}
