package org.shuzhi.demo.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceBroker;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStation;
import org.shuzhi.monitoring.FloodStations;
import org.shuzhi.platform.ShuzhiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Feeds the demo devices with telemetry through the real MQTT path ({@code SHUZHI_SIMULATOR}, on by
 * default with the demo). Tokens live only in memory: at each start the simulator issues the demo
 * devices new ones. Runs after the demo loader, so the first start simulates at once.
 */
@Component
@Order(20)
@EnableConfigurationProperties(SimulatorProperties.class)
class TelemetrySimulator implements ApplicationRunner, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(TelemetrySimulator.class);
  static final String DEMO_CODE_PREFIX = "DEMO-";

  /** An excursion per gas/tank channel about every 3 hours: a few alarms an hour in the demo. */
  static final double EXCURSION_CHANCE_PER_MINUTE = 1 / 180.0;

  /** A rain event per station about every 2 hours. */
  static final double RAIN_CHANCE_PER_MINUTE = 1 / 120.0;

  private final SimulatorProperties settings;
  private final ShuzhiProperties shuzhi;
  private final Devices devices;
  private final FloodStations stations;
  private final DeviceRegistry registry;
  private final DeviceBroker broker;
  private final Clock clock;
  private ScheduledExecutorService scheduler;
  private SimulatorRun run;

  TelemetrySimulator(
      SimulatorProperties settings,
      ShuzhiProperties shuzhi,
      Devices devices,
      FloodStations stations,
      DeviceRegistry registry,
      DeviceBroker broker,
      Clock clock) {
    this.settings = settings;
    this.shuzhi = shuzhi;
    this.devices = devices;
    this.stations = stations;
    this.registry = registry;
    this.broker = broker;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!settings.on(shuzhi.demoEnabled())) {
      return;
    }
    var address = broker.address();
    if (address.isEmpty()) {
      log.warn("Telemetry simulator: MQTT is off, nothing to publish to");
      return;
    }
    List<Device> demo =
        devices.all().stream()
            .filter(d -> d.synthetic() && d.enabled() && d.code().startsWith(DEMO_CODE_PREFIX))
            .toList();
    if (demo.isEmpty()) {
      log.info("Telemetry simulator: no demo devices");
      return;
    }
    Map<Long, String> tokens =
        registry.reissueTokens(demo.stream().map(Device::id).toList(), DemoDistrict.ACTOR).stream()
            .collect(
                Collectors.toMap(
                    DeviceRegistry.IssuedDevice::id, DeviceRegistry.IssuedDevice::token));
    Map<Long, FloodStation> byId =
        stations.stations().stream()
            .collect(Collectors.toMap(FloodStation::id, Function.identity()));
    List<SimulatedDevice> simulated = new ArrayList<>();
    for (Device d : demo) {
      String token = tokens.get(d.id());
      if (token != null) {
        FloodStation station = d.floodStationId().map(byId::get).orElse(null);
        simulated.add(SimulatedDevice.of(d, token, station, EXCURSION_CHANCE_PER_MINUTE));
      }
    }
    run =
        new SimulatorRun(simulated, address.get(), settings.rate(), RAIN_CHANCE_PER_MINUTE, clock);
    try {
      // Publishing before the connections stand would only count failures.
      run.connect().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      log.warn(
          "Telemetry simulator: not every device connected yet ({}); they retry", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "telemetry-simulator");
              t.setDaemon(true);
              return t;
            });
    long[] last = {System.nanoTime()};
    scheduler.scheduleAtFixedRate(
        () -> {
          long now = System.nanoTime();
          try {
            run.tick((now - last[0]) / 1e9);
          } catch (RuntimeException e) {
            log.warn("Telemetry simulator tick failed", e);
          }
          last[0] = now;
        },
        1,
        1,
        TimeUnit.SECONDS);
    scheduler.scheduleAtFixedRate(
        () ->
            log.info(
                "Telemetry simulator: {} messages acknowledged, {} failed",
                run.published(),
                run.failed()),
        5,
        5,
        TimeUnit.MINUTES);
    log.info(
        "Telemetry simulator: {} demo devices at {} readings/s to {}:{}",
        simulated.size(),
        settings.rate(),
        address.get().host(),
        address.get().port());
  }

  @Override
  public void destroy() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (run != null) {
      run.close();
    }
  }
}
