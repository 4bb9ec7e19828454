package org.shuzhi.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.monitoring.AlarmSeverity;
import org.shuzhi.monitoring.Device;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.Devices;
import org.shuzhi.monitoring.FloodStation;
import org.shuzhi.monitoring.Telemetry.LatestValue;
import org.shuzhi.monitoring.internal.rules.StationLevels;
import org.springframework.stereotype.Component;

/**
 * The rows of the flood station panel: each station with its latest water level coloured per the
 * flood warning signals and its rain gauge's sums, gravest first.
 */
@Component
class FloodPanel {

  /**
   * "Approaching the warning level" gives BLUE from this many metres below it; the signal rules
   * give no figure (domain notes §5), so the panel uses the alarm rules' usual choice.
   */
  static final double APPROACH_METRES = 0.3;

  private static final List<String> GRAVITY = List.of("RED", "ORANGE", "YELLOW", "BLUE");

  private final Devices devices;
  private final LatestSnapshot latest;
  private final RainfallQueries rainfall;
  private final AreaDirectory areas;
  private final Clock clock;

  FloodPanel(
      Devices devices,
      LatestSnapshot latest,
      RainfallQueries rainfall,
      AreaDirectory areas,
      Clock clock) {
    this.devices = devices;
    this.latest = latest;
    this.rainfall = rainfall;
    this.areas = areas;
    this.clock = clock;
  }

  List<FloodPanelRow> rows(List<FloodStation> visible) {
    Instant now = clock.instant();
    Map<Long, List<LatestValue>> values = latest.all();
    Map<String, String> townNames = new HashMap<>();
    areas.towns().forEach(t -> townNames.put(t.code(), t.name()));
    Set<Long> ids = visible.stream().map(FloodStation::id).collect(Collectors.toSet());
    List<Device> atStations =
        devices.all().stream()
            .filter(d -> d.floodStationId().map(ids::contains).orElse(false))
            .toList();
    Map<Long, RainSums> rain =
        rainfall.sums(
            atStations.stream().filter(d -> d.kind() == DeviceKind.RAINFALL).toList(), now);
    List<FloodPanelRow> rows = new ArrayList<>();
    for (FloodStation s : visible) {
      Device gauge = null;
      LatestValue level = null;
      RainSums sums = null;
      for (Device d : atStations) {
        if (d.targetId() != s.id()) {
          continue;
        }
        if (d.kind() == DeviceKind.WATER_LEVEL) {
          LatestValue v =
              values.getOrDefault(d.id(), List.of()).stream()
                  .filter(x -> x.channel().equals("level"))
                  .findFirst()
                  .orElse(null);
          if (gauge == null || (v != null && (level == null || v.ts().isAfter(level.ts())))) {
            gauge = d;
            level = v;
          }
        } else if (sums == null && rain.containsKey(d.id())) {
          sums = rain.get(d.id());
        }
      }
      rows.add(
          new FloodPanelRow(
              s,
              townNames.getOrDefault(s.townCode(), s.townCode()),
              level == null ? null : level.value(),
              level == null ? null : level.ts(),
              level == null ? null : colour(s, level.value()),
              gauge == null ? null : gauge.id(),
              sums));
    }
    rows.sort(
        Comparator.comparingInt((FloodPanelRow r) -> gravity(r.colour()))
            .thenComparing(r -> r.station().code()));
    return rows;
  }

  /** 水利部 flood warning signal of a level (domain notes §5); null below "approaching". */
  static String colour(FloodStation s, double level) {
    AlarmSeverity signal = StationLevels.of(s).signal(level, APPROACH_METRES);
    return signal == null ? null : signal.name();
  }

  private static int gravity(String colour) {
    int i = colour == null ? -1 : GRAVITY.indexOf(colour);
    return i < 0 ? GRAVITY.size() : i;
  }
}
