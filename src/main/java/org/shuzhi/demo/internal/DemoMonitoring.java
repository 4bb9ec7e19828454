package org.shuzhi.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.CoordinateSystem;
import org.shuzhi.monitoring.DeviceDraft;
import org.shuzhi.monitoring.DeviceDraft.ChannelDraft;
import org.shuzhi.monitoring.DeviceKind;
import org.shuzhi.monitoring.DeviceRegistry;
import org.shuzhi.monitoring.DeviceTargetKind;
import org.shuzhi.monitoring.FloodStationDraft;
import org.shuzhi.risk.RiskTargets;
import org.springframework.stereotype.Component;

/**
 * The monitoring part of the demo district: synthetic flood stations (water-level gauge and rain
 * gauge each) in every real Xiaoshan town with synthetic warning/guarantee/historical levels, and
 * gas detectors (%LEL, ppm) and tank level/temperature/pressure sensors at the hazardous-chemical
 * risk objects. All named "（演示）" and marked synthetic; the simulator feeds them.
 */
@Component
class DemoMonitoring {

  /** Devices per hazardous-chemical object: 2 gas detectors, a tank gauge, a pressure sensor. */
  static final int MAX_CHEMICAL_OBJECTS = 100;

  private static final String[] RIVERS = {"钱塘江", "浦阳江", "西小江", "北塘河", "南门江", "永兴河", "进化溪", "欢潭溪"};

  private final DeviceRegistry registry;
  private final AreaDirectory areas;
  private final RiskTargets riskTargets;

  DemoMonitoring(DeviceRegistry registry, AreaDirectory areas, RiskTargets riskTargets) {
    this.registry = registry;
    this.areas = areas;
    this.riskTargets = riskTargets;
  }

  /** What was created, for the log. */
  record Loaded(int stations, int devices) {}

  Loaded load(List<Long> chemicalObjects) {
    Random random = new Random(20240619L);
    List<DeviceDraft> drafts = new ArrayList<>();
    int stations = 0;
    for (Town town : areas.towns()) {
      Coordinate c =
          areas.townBoundary(town.code()).buffer(-0.002).getInteriorPoint().getCoordinate();
      int perTown = 1 + random.nextInt(2);
      for (int i = 0; i < perTown; i++) {
        double warning = 4.5 + random.nextInt(30) / 10.0;
        double guarantee = warning + 0.8 + random.nextInt(8) / 10.0;
        double historical = guarantee + 0.3 + random.nextInt(8) / 10.0;
        String code = "DEMO-ST-" + town.code() + "-" + (i + 1);
        double lon = c.x + (i == 0 ? 0 : 0.004);
        double lat = c.y + (i == 0 ? 0 : -0.003);
        long station =
            registry.register(
                new FloodStationDraft(
                    code,
                    town.name() + (i == 0 ? "" : "二号") + "水位站（演示）",
                    RIVERS[random.nextInt(RIVERS.length)],
                    lon,
                    lat,
                    CoordinateSystem.WGS84,
                    level(warning),
                    level(guarantee),
                    level(historical),
                    true),
                DemoDistrict.ACTOR);
        stations++;
        drafts.add(
            device(
                code + "-WL", town.name() + "水位计（演示）", DeviceKind.WATER_LEVEL, List.of(), station));
        drafts.add(
            device(
                code + "-RG",
                town.name() + (i == 0 ? "" : "二号") + "雨量计（演示）",
                DeviceKind.RAINFALL,
                List.of(),
                station));
      }
    }
    int n = 0;
    for (long object : chemicalObjects) {
      if (n >= MAX_CHEMICAL_OBJECTS) {
        break;
      }
      var target = riskTargets.riskObject(object).filter(t -> t.lon() != null);
      if (target.isEmpty()) {
        continue;
      }
      n++;
      String prefix = "DEMO-HC-" + object;
      String site = shortName(target.get().name());
      drafts.add(
          riskDevice(
              prefix + "-LEL",
              site + "可燃气体探测器（演示）",
              DeviceKind.COMBUSTIBLE_GAS,
              List.of(),
              object));
      drafts.add(
          riskDevice(
              prefix + "-TOX", site + "有毒气体探测器（演示）", DeviceKind.TOXIC_GAS, List.of(), object));
      drafts.add(
          riskDevice(
              prefix + "-TANK",
              site + "储罐液位温度计（演示）",
              DeviceKind.LIQUID_LEVEL,
              List.of(new ChannelDraft("level", "m"), new ChannelDraft("temperature", "℃")),
              object));
      drafts.add(
          riskDevice(prefix + "-PT", site + "储罐压力变送器（演示）", DeviceKind.PRESSURE, List.of(), object));
    }
    int devices = registry.registerAll(drafts, DemoDistrict.ACTOR).size();
    return new Loaded(stations, devices);
  }

  /** The watched object's name without the demo suffix, short enough for a device name. */
  private static String shortName(String objectName) {
    String name = objectName.replace("（演示）", "");
    return name.length() > 30 ? name.substring(0, 30) : name;
  }

  private static BigDecimal level(double metres) {
    return BigDecimal.valueOf(metres).setScale(2, RoundingMode.HALF_UP);
  }

  private static DeviceDraft device(
      String code, String name, DeviceKind kind, List<ChannelDraft> channels, long station) {
    return new DeviceDraft(
        code,
        name,
        kind,
        channels,
        DeviceTargetKind.FLOOD_STATION,
        station,
        null,
        null,
        null,
        true,
        true);
  }

  private static DeviceDraft riskDevice(
      String code, String name, DeviceKind kind, List<ChannelDraft> channels, long object) {
    return new DeviceDraft(
        code,
        name,
        kind,
        channels,
        DeviceTargetKind.RISK_OBJECT,
        object,
        null,
        null,
        null,
        true,
        true);
  }
}
