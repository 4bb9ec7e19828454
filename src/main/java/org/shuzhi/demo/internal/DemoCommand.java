package org.shuzhi.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.command.CommandRegistration;
import org.shuzhi.command.DutyDraft;
import org.shuzhi.command.DutyRole;
import org.shuzhi.command.DutyShift;
import org.shuzhi.command.DutyState;
import org.shuzhi.command.IncidentRegistration;
import org.shuzhi.command.IncidentType;
import org.shuzhi.command.PlanDraft;
import org.shuzhi.command.PlanLevel;
import org.shuzhi.command.PlanTask;
import org.shuzhi.command.ResponseLevel;
import org.shuzhi.command.ShelterDraft;
import org.shuzhi.command.ShelterTier;
import org.shuzhi.command.StockDraft;
import org.shuzhi.command.SupplyItemDraft;
import org.shuzhi.command.SupplyNeed;
import org.shuzhi.command.TeamDraft;
import org.shuzhi.command.TeamKind;
import org.shuzhi.command.Trigger;
import org.shuzhi.command.TriggerMetric;
import org.shuzhi.command.WarehouseDraft;
import org.shuzhi.command.WarningColour;
import org.springframework.stereotype.Component;

/**
 * The command part of the demo district (issue 5): synthetic, labelled rescue teams of every kind,
 * a district warehouse and one per few towns with a supplies catalogue (some lines low or
 * expiring), about 60 shelters across the real towns, a duty roster for this week (emergency bureau
 * and every town) and plans for hazardous-chemical leak, flood and fire. Through the command
 * module's own registration (validation, history, audit apply).
 */
@Component
class DemoCommand {

  static final String ACTOR = "demo-loader";

  record Loaded(int teams, int warehouses, int shelters, int dutyEntries, int plans) {}

  private static final List<SupplyItemDraft> ITEMS =
      List.of(
          new SupplyItemDraft("TENT-12", "12㎡救灾帐篷", "顶", "生活类"),
          new SupplyItemDraft("QUILT", "棉被", "床", "生活类"),
          new SupplyItemDraft("WATER", "瓶装饮用水（24瓶）", "箱", "生活类"),
          new SupplyItemDraft("SANDBAG", "编织袋（防汛沙袋）", "个", "防汛类"),
          new SupplyItemDraft("LIFEJACKET", "救生衣", "件", "防汛类"),
          new SupplyItemDraft("PUMP", "移动排涝泵", "台", "防汛类"),
          new SupplyItemDraft("ABSORBENT", "化学品吸附棉", "包", "危化类"),
          new SupplyItemDraft("PROTECT-SUIT", "重型防化服", "套", "危化类"),
          new SupplyItemDraft("FOAM", "泡沫灭火剂", "吨", "消防类"),
          new SupplyItemDraft("EXTINGUISHER", "干粉灭火器", "具", "消防类"));

  private final CommandRegistration command;
  private final IncidentRegistration incidents;
  private final AreaDirectory areas;
  private final Clock clock;

  DemoCommand(
      CommandRegistration command,
      IncidentRegistration incidents,
      AreaDirectory areas,
      Clock clock) {
    this.command = command;
    this.incidents = incidents;
    this.areas = areas;
    this.clock = clock;
  }

  /**
   * Loads the command demo data; the emergency bureau's duty entries name {@code emergencyAccount}
   * and 城厢街道's name {@code townAccount} (either may be null), so a one-click response notifies
   * those demo accounts in the app instead of by SMS.
   */
  Loaded load(String emergencyAccount, String townAccount) {
    Random random = new Random(20250501L);
    List<Town> towns = areas.towns();
    ITEMS.forEach(i -> command.registerItem(i, ACTOR));
    int teams = 0;
    TeamKind[] kinds = TeamKind.values();
    for (int i = 0; i < towns.size(); i++) {
      Town town = towns.get(i);
      int perTown = 2 + (i % 2);
      for (int j = 0; j < perTown; j++) {
        TeamKind kind = kinds[(i * 3 + j) % kinds.length];
        Coordinate c = pointIn(town, random);
        DutyState state = (i + j) % 7 == 0 ? DutyState.OFF_DUTY : DutyState.ON_DUTY;
        command.registerTeam(
            new TeamDraft(
                town.name() + label(kind) + "队（演示）",
                kind,
                8 + random.nextInt(40),
                equipment(kind),
                town.name(),
                c.x,
                c.y,
                "演示联系人" + (teams + 1),
                "1380000" + String.format("%04d", teams + 1),
                state,
                true),
            ACTOR);
        teams++;
      }
    }
    int warehouses = 0;
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    for (int i = 0; i < towns.size(); i += 3) {
      Town town = towns.get(i);
      Coordinate c = pointIn(town, random);
      long id =
          command.registerWarehouse(
              new WarehouseDraft(
                  (i == 0 ? "区应急物资储备库" : town.name() + "物资储备点") + "（演示）",
                  town.name(),
                  c.x,
                  c.y,
                  "演示仓管员" + (warehouses + 1),
                  "1390000" + String.format("%04d", warehouses + 1),
                  true),
              ACTOR);
      warehouses++;
      for (int k = 0; k < ITEMS.size(); k++) {
        long quantity = (i == 0 ? 500 : 60) + random.nextInt(200);
        long minimum = (k + i) % 5 == 0 ? quantity + 50 : quantity / 4; // some lines low
        LocalDate expiry =
            k == 2 ? today.plusDays((i * 7L) % 60) : k == 6 ? today.plusYears(2) : null;
        command.registerStock(
            new StockDraft(id, ITEMS.get(k).code(), quantity, minimum, expiry), ACTOR);
      }
    }
    int shelters = 0;
    ShelterTier[] tiers = {ShelterTier.TOWN, ShelterTier.VILLAGE, ShelterTier.VILLAGE};
    for (int i = 0; i < towns.size(); i++) {
      Town town = towns.get(i);
      int perTown = i == 0 ? 4 : 2 + (i % 3 == 0 ? 1 : 0);
      for (int j = 0; j < perTown && shelters < 60; j++) {
        ShelterTier tier = i == 0 && j == 0 ? ShelterTier.DISTRICT : tiers[j % tiers.length];
        int area =
            switch (tier) {
              case DISTRICT -> 12_000 + random.nextInt(6_000);
              case TOWN -> 2_000 + random.nextInt(3_000);
              case VILLAGE -> 300 + random.nextInt(900);
            };
        Coordinate c = pointIn(town, random);
        command.registerShelter(
            new ShelterDraft(
                town.name() + (j + 1) + "号避灾安置场所（演示）",
                tier,
                town.name(),
                c.x,
                c.y,
                BigDecimal.valueOf(area),
                j == 1 ? random.nextInt(area / 3) : 0,
                "演示管理员",
                "1370000" + String.format("%04d", shelters + 1),
                true),
            ACTOR);
        shelters++;
      }
    }
    int duty = 0;
    LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L);
    for (int d = -1; d < 7; d++) {
      LocalDate date = monday.plusDays(d);
      String[] people = {"周", "吴", "郑", "王", "冯", "陈", "褚"};
      command.registerDuty(
          new DutyDraft(
              "EMERGENCY",
              null,
              date,
              DutyShift.FULL_DAY,
              DutyRole.LEADER,
              people[(d + 7) % 7] + "局长（演示）",
              "1360000" + String.format("%04d", d + 2),
              true,
              emergencyAccount),
          ACTOR);
      command.registerDuty(
          new DutyDraft(
              "EMERGENCY",
              null,
              date,
              DutyShift.DAY,
              DutyRole.OFFICER,
              "值班员甲（演示）",
              "13600001001",
              true,
              emergencyAccount),
          ACTOR);
      command.registerDuty(
          new DutyDraft(
              "EMERGENCY",
              null,
              date,
              DutyShift.NIGHT,
              DutyRole.OFFICER,
              "值班员乙（演示）",
              "13600001002",
              true,
              emergencyAccount),
          ACTOR);
      duty += 3;
      for (Town town : towns) {
        command.registerDuty(
            new DutyDraft(
                null,
                town.code(),
                date,
                DutyShift.FULL_DAY,
                DutyRole.OFFICER,
                town.name() + "值班员（演示）",
                "13500000" + town.code().substring(6),
                true,
                DemoDistrict.CHENGXIANG.equals(town.code()) ? townAccount : null),
            ACTOR);
        duty++;
      }
    }
    command.registerPlan(chemicalPlan(), ACTOR);
    command.registerPlan(floodPlan(), ACTOR);
    command.registerPlan(firePlan(), ACTOR);
    loadIncidents(towns);
    return new Loaded(teams, warehouses, shelters, duty, 3);
  }

  /**
   * Two demo incidents near 城厢's centre: a hazardous-chemical leak being responded to (the
   * one-click response confirmed as proposed) and a warehouse fire closed with its review.
   */
  private void loadIncidents(List<Town> towns) {
    Town town = towns.get(0);
    long leak =
        incidents.reportIncident(
            IncidentType.HAZARDOUS_CHEMICAL_LEAK,
            "（演示）某化工企业储罐区液氨泄漏",
            "储罐法兰处泄漏，现场有刺激性气味，下风向居民约 300 人",
            town.labelLon() + 0.003,
            town.labelLat() + 0.002,
            3,
            300,
            true,
            ACTOR);
    long fire =
        incidents.reportIncident(
            IncidentType.FIRE,
            "（演示）物流仓库火灾",
            "仓库二层起火，已疏散员工",
            town.labelLon() - 0.004,
            town.labelLat() - 0.003,
            0,
            40,
            true,
            ACTOR);
    incidents.respondAsProposed(leak, ACTOR);
    incidents.respondAsProposed(fire, ACTOR);
    incidents.close(
        fire, "消防救援队 12 分钟到场，40 分钟扑灭明火，无人员伤亡", "电动叉车充电区线路老化短路", "充电区与仓储区物理隔离，每月检查线路", ACTOR);
  }

  /**
   * Thresholds of the national production-safety accident plan (Ⅰ: 30 deaths, 100 poisoned, 100,000
   * relocated; Ⅲ: 3 deaths, 30 poisoned), Ⅱ and Ⅳ interpolated for the demo.
   */
  private static PlanDraft chemicalPlan() {
    List<TeamKind> teams = List.of(TeamKind.HAZARDOUS_CHEMICAL, TeamKind.FIRE, TeamKind.MEDICAL);
    return new PlanDraft(
        IncidentType.HAZARDOUS_CHEMICAL_LEAK,
        "萧山区危险化学品泄漏事故应急预案（演示）",
        List.of(
            level(
                ResponseLevel.LEVEL_I,
                List.of(
                    Trigger.atLeast(TriggerMetric.DEATHS, 30),
                    Trigger.atLeast(TriggerMetric.INJURIES, 100),
                    Trigger.atLeast(TriggerMetric.PEOPLE_AFFECTED, 100_000)),
                List.of(
                    new PlanTask("DISTRICT_LEADER", "区主要领导赶赴现场，成立现场指挥部"),
                    new PlanTask("EMERGENCY", "请求市级支援，通报周边区县"),
                    new PlanTask("TOWN", "组织下风向群众疏散")),
                List.of(new SupplyNeed("ABSORBENT", 200), new SupplyNeed("PROTECT-SUIT", 60)),
                teams),
            level(
                ResponseLevel.LEVEL_II,
                List.of(
                    Trigger.atLeast(TriggerMetric.DEATHS, 10),
                    Trigger.atLeast(TriggerMetric.INJURIES, 50),
                    Trigger.atLeast(TriggerMetric.PEOPLE_AFFECTED, 10_000)),
                List.of(
                    new PlanTask("EMERGENCY", "分管区领导指挥，启动区级响应"),
                    new PlanTask("TOWN", "划定警戒区，疏散周边群众")),
                List.of(new SupplyNeed("ABSORBENT", 100), new SupplyNeed("PROTECT-SUIT", 30)),
                teams),
            level(
                ResponseLevel.LEVEL_III,
                List.of(
                    Trigger.atLeast(TriggerMetric.DEATHS, 3),
                    Trigger.atLeast(TriggerMetric.INJURIES, 30),
                    Trigger.colourAtLeast(WarningColour.RED)),
                List.of(
                    new PlanTask("EMERGENCY", "应急管理局局长指挥，调派危化救援队"),
                    new PlanTask("ECOLOGY", "开展环境监测")),
                List.of(new SupplyNeed("ABSORBENT", 50), new SupplyNeed("PROTECT-SUIT", 12)),
                List.of(TeamKind.HAZARDOUS_CHEMICAL, TeamKind.FIRE)),
            level(
                ResponseLevel.LEVEL_IV,
                List.of(
                    Trigger.atLeast(TriggerMetric.DEATHS, 1),
                    Trigger.atLeast(TriggerMetric.INJURIES, 1),
                    Trigger.colourAtLeast(WarningColour.ORANGE)),
                List.of(
                    new PlanTask("TOWN", "镇街先期处置，核实情况并报告"), new PlanTask("EMERGENCY", "值班室跟踪处置进展")),
                List.of(new SupplyNeed("ABSORBENT", 20)),
                List.of(TeamKind.HAZARDOUS_CHEMICAL))),
        true);
  }

  /** Flood plan keyed on the 水利部 warning colours and people to relocate. */
  private static PlanDraft floodPlan() {
    return new PlanDraft(
        IncidentType.FLOOD,
        "萧山区防汛应急预案（演示）",
        List.of(
            level(
                ResponseLevel.LEVEL_I,
                List.of(
                    Trigger.colourAtLeast(WarningColour.RED),
                    Trigger.atLeast(TriggerMetric.PEOPLE_AFFECTED, 50_000)),
                List.of(
                    new PlanTask("DISTRICT_LEADER", "区防指总指挥坐镇指挥"),
                    new PlanTask("TOWN", "危险区域人员全部转移")),
                List.of(new SupplyNeed("SANDBAG", 20_000), new SupplyNeed("TENT-12", 300)),
                List.of(TeamKind.WATER_RESCUE, TeamKind.ENGINEERING, TeamKind.COMPREHENSIVE)),
            level(
                ResponseLevel.LEVEL_II,
                List.of(
                    Trigger.colourAtLeast(WarningColour.ORANGE),
                    Trigger.atLeast(TriggerMetric.PEOPLE_AFFECTED, 10_000)),
                List.of(new PlanTask("EMERGENCY", "区防指副总指挥指挥，物资前置")),
                List.of(new SupplyNeed("SANDBAG", 8_000), new SupplyNeed("PUMP", 10)),
                List.of(TeamKind.WATER_RESCUE, TeamKind.ENGINEERING)),
            level(
                ResponseLevel.LEVEL_III,
                List.of(
                    Trigger.colourAtLeast(WarningColour.YELLOW),
                    Trigger.atLeast(TriggerMetric.PEOPLE_AFFECTED, 1_000)),
                List.of(new PlanTask("TOWN", "巡查堤防、排涝站，转移低洼地群众")),
                List.of(new SupplyNeed("SANDBAG", 2_000), new SupplyNeed("LIFEJACKET", 200)),
                List.of(TeamKind.WATER_RESCUE)),
            level(
                ResponseLevel.LEVEL_IV,
                List.of(
                    Trigger.colourAtLeast(WarningColour.BLUE),
                    Trigger.atLeast(TriggerMetric.PEOPLE_AFFECTED, 100)),
                List.of(new PlanTask("TOWN", "加强值班和巡查")),
                List.of(new SupplyNeed("SANDBAG", 500)),
                List.of(TeamKind.WATER_RESCUE))),
        true);
  }

  private static PlanDraft firePlan() {
    return new PlanDraft(
        IncidentType.FIRE,
        "萧山区火灾事故应急预案（演示）",
        List.of(
            level(
                ResponseLevel.LEVEL_II,
                List.of(
                    Trigger.atLeast(TriggerMetric.DEATHS, 10),
                    Trigger.atLeast(TriggerMetric.INJURIES, 50)),
                List.of(
                    new PlanTask("EMERGENCY", "启动区级响应，成立现场指挥部"), new PlanTask("HEALTH", "组织伤员救治")),
                List.of(new SupplyNeed("FOAM", 20), new SupplyNeed("EXTINGUISHER", 200)),
                List.of(TeamKind.FIRE, TeamKind.MEDICAL, TeamKind.COMPREHENSIVE)),
            level(
                ResponseLevel.LEVEL_III,
                List.of(
                    Trigger.atLeast(TriggerMetric.DEATHS, 3),
                    Trigger.atLeast(TriggerMetric.INJURIES, 10)),
                List.of(new PlanTask("EMERGENCY", "调派消防救援队伍，通报属地镇街")),
                List.of(new SupplyNeed("FOAM", 5)),
                List.of(TeamKind.FIRE, TeamKind.MEDICAL)),
            level(
                ResponseLevel.LEVEL_IV,
                List.of(
                    Trigger.atLeast(TriggerMetric.DEATHS, 1),
                    Trigger.atLeast(TriggerMetric.INJURIES, 1),
                    Trigger.colourAtLeast(WarningColour.ORANGE)),
                List.of(new PlanTask("TOWN", "属地先期处置，疏散周边人员")),
                List.of(new SupplyNeed("EXTINGUISHER", 20)),
                List.of(TeamKind.FIRE))),
        true);
  }

  private static PlanLevel level(
      ResponseLevel level,
      List<Trigger> triggers,
      List<PlanTask> tasks,
      List<SupplyNeed> supplies,
      List<TeamKind> kinds) {
    return new PlanLevel(level, triggers, tasks, supplies, kinds);
  }

  private static String label(TeamKind kind) {
    return switch (kind) {
      case COMPREHENSIVE -> "综合应急救援";
      case FIRE -> "消防救援";
      case HAZARDOUS_CHEMICAL -> "危化品救援";
      case WATER_RESCUE -> "水域救援";
      case MEDICAL -> "医疗救护";
      case MINE_RESCUE -> "矿山救援";
      case ELECTRIC_POWER -> "电力抢修";
      case COMMUNICATION -> "通信保障";
      case ENGINEERING -> "工程抢险";
      case SOCIAL_VOLUNTEER -> "志愿救援";
    };
  }

  private static List<String> equipment(TeamKind kind) {
    return switch (kind) {
      case FIRE -> List.of("水罐消防车", "云梯车", "空气呼吸器");
      case HAZARDOUS_CHEMICAL -> List.of("防化洗消车", "气体检测仪", "重型防化服");
      case WATER_RESCUE -> List.of("冲锋舟", "救生抛投器", "潜水装具");
      case MEDICAL -> List.of("救护车", "除颤仪");
      case ENGINEERING -> List.of("挖掘机", "移动排涝泵");
      default -> List.of("应急照明", "对讲机");
    };
  }

  /** A random point inside the town (rejection sampling in its boundary's envelope). */
  private Coordinate pointIn(Town town, Random random) {
    Geometry boundary = areas.townBoundary(town.code());
    Envelope env = boundary.getEnvelopeInternal();
    GeometryFactory factory = boundary.getFactory();
    for (int attempt = 0; attempt < 200; attempt++) {
      double x = env.getMinX() + random.nextDouble() * env.getWidth();
      double y = env.getMinY() + random.nextDouble() * env.getHeight();
      if (boundary.contains(factory.createPoint(new Coordinate(x, y)))
          && areas.townAt(x, y).map(t -> t.code().equals(town.code())).orElse(false)) {
        return new Coordinate(x, y);
      }
    }
    return new Coordinate(town.labelLon(), town.labelLat());
  }
}
