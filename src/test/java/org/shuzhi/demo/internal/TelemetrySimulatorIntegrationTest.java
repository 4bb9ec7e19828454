package org.shuzhi.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shuzhi.IntegrationTest;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.DeviceBroker;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.monitoring.FloodStations;
import org.shuzhi.monitoring.Telemetry;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** The simulator publishes through the embedded broker with device credentials; readings land. */
class TelemetrySimulatorIntegrationTest extends IntegrationTest {

  @Autowired DeviceRegistry registry;
  @Autowired Devices devices;
  @Autowired FloodStations stations;
  @Autowired DeviceBroker broker;
  @Autowired Telemetry telemetry;
  @Autowired Clock clock;

  @Test
  void simulatedReadingsArriveThroughMqttAndAreStored() {
    String code = "SIMT-" + UUID.randomUUID().toString().substring(0, 8);
    long station =
        registry.register(
            new FloodStationDraft(
                code,
                "模拟测试站",
                "北塘河",
                120.27,
                30.16,
                CoordinateSystem.WGS84,
                new BigDecimal("5.20"),
                new BigDecimal("6.10"),
                new BigDecimal("6.80"),
                true),
            "test");
    var issued =
        registry.registerAll(
            List.of(
                draft(code + "-WL", DeviceKind.WATER_LEVEL, station),
                draft(code + "-RG", DeviceKind.RAINFALL, station)),
            "test");
    assertThat(issued).hasSize(2).allSatisfy(i -> assertThat(i.token()).isNotBlank());

    List<SimulatedDevice> simulated = new ArrayList<>();
    for (var i : issued) {
      var device = devices.device(i.id()).orElseThrow();
      simulated.add(
          SimulatedDevice.of(device, i.token(), stations.station(station).orElseThrow(), 0));
    }
    try (var run = new SimulatorRun(simulated, broker.address().orElseThrow(), 100, 1, clock)) {
      run.connect().join();
      run.tick(1);
      run.tick(1);
      await().atMost(Duration.ofSeconds(20)).until(() -> run.published() >= 4);
      assertThat(run.failed()).isZero();
    }
    var level = telemetry.latest(issued.get(0).id());
    assertThat(level)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.channel()).isEqualTo("level");
              // Around the warning level (5.20 m) less the dry-weather margin, plus tide.
              assertThat(v.value()).isBetween(3.5, 7.0);
            });
    assertThat(telemetry.latest(issued.get(1).id()))
        .singleElement()
        .satisfies(v -> assertThat(v.value()).isGreaterThanOrEqualTo(0));
  }

  @Test
  void bulkRegistrationIsAllOrNothing() {
    String code = "SIMB-" + UUID.randomUUID().toString().substring(0, 8);
    int before = devices.all().size();
    var bad = draft(code + "-X", DeviceKind.WATER_LEVEL, Long.MAX_VALUE);
    var good = draft(code + "-Y", DeviceKind.WATER_LEVEL, Long.MAX_VALUE - 1);
    try {
      registry.registerAll(List.of(good, bad), "test");
      throw new AssertionError("expected InvalidInputException");
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
    }
    assertThat(devices.all()).hasSize(before);
  }

  private static DeviceDraft draft(String code, DeviceKind kind, long station) {
    return new DeviceDraft(
        code,
        code,
        kind,
        List.of(),
        DeviceTargetKind.FLOOD_STATION,
        station,
        null,
        null,
        null,
        true,
        true);
  }
}
