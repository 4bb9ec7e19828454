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
import org.shuzhi.enterprise.EnterpriseDraft;
import org.shuzhi.hazard.HazardDemo;
import org.shuzhi.inspection.InspectionDemo;
import org.shuzhi.risk.ControlLevel;
import org.shuzhi.risk.MajorHazardRegistry;
import org.shuzhi.risk.MajorHazardSiteDraft;
import org.shuzhi.risk.RiskCensus;
import org.shuzhi.risk.RiskObjectDraft;
import org.shuzhi.risk.RiskObjectKind;
import org.shuzhi.risk.RiskPointAssessmentDraft;
import org.shuzhi.risk.RiskPointDraft;
import org.shuzhi.risk.RiskPointMethod;
import org.shuzhi.risk.RiskResponsiblePerson;
import org.shuzhi.risk.SafetyCodes;
import org.springframework.stereotype.Component;

/**
 * The emergency part of the demo district (issue 3): risk objects of every census kind with
 * LEC-assessed risk points in all four colours, about 150 GB 18218 major-hazard sites with real
 * catalogue substances, and hazards in every state of the rectification loop, some overdue past
 * 30/60/90 days. All synthetic, all through the modules' own APIs (validation and audit apply).
 */
@Component
class DemoEmergency {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(DemoEmergency.class);

  /** A substance mix for a major-hazard unit: CAS and a range of maximum quantities (t). */
  private record Holding(String cas, double minTonnes, double maxTonnes) {}

  private static final List<Holding> HOLDINGS =
      List.of(
          new Holding("7782-50-5", 1, 12), // liquid chlorine, Q 5
          new Holding("7664-41-7", 2, 30), // liquid ammonia, Q 10
          new Holding("67-56-1", 50, 1200), // methanol, Q 500
          new Holding("108-88-3", 50, 900), // toluene, Q 500
          new Holding("68476-85-7", 5, 120), // LPG, Q 50
          new Holding("1333-74-0", 0.5, 8), // hydrogen, Q 5
          new Holding("71-43-2", 5, 120), // benzene, Q 50
          new Holding("141-78-6", 40, 800), // ethyl acetate, Q 500
          new Holding("67-64-1", 40, 800)); // acetone, Q 500

  // Weighted towards the common low and medium grades, so a few towns show red, not all.
  private static final double[] L = {6, 3, 3, 1, 1, 0.5};
  private static final double[] E = {6, 3, 3, 2, 1};
  private static final double[] C = {15, 7, 7, 3, 3, 1};

  private final RiskCensus census;
  private final MajorHazardRegistry majorHazards;
  private final HazardDemo hazards;
  private final AreaDirectory areas;
  private final SafetyCodes safetyCodes;
  private final InspectionDemo inspections;

  DemoEmergency(
      RiskCensus census,
      MajorHazardRegistry majorHazards,
      HazardDemo hazards,
      AreaDirectory areas,
      SafetyCodes safetyCodes,
      InspectionDemo inspections) {
    this.inspections = inspections;
    this.census = census;
    this.majorHazards = majorHazards;
    this.hazards = hazards;
    this.areas = areas;
    this.safetyCodes = safetyCodes;
  }

  /** What was created, for the log. */
  record Loaded(
      int riskObjects,
      int riskPoints,
      int majorHazardSites,
      int hazards,
      List<Long> chemicalObjects) {}

  Loaded load(List<EnterpriseDraft> enterprises) {
    Random random = new Random(20210315L);
    int objects = 0;
    int points = 0;
    List<String> chemicalUsccs = new ArrayList<>();
    List<Long> chemicalObjects = new ArrayList<>();
    for (EnterpriseDraft e : enterprises) {
      RiskObjectKind kind = kindOf(e.industryCode(), random);
      if (kind == null) {
        continue;
      }
      if (kind.name().startsWith("HAZCHEM")) {
        chemicalUsccs.add(e.uscc());
      }
      long id =
          census.register(
              new RiskObjectDraft(
                  e.name().replace("（演示）", "") + label(kind) + "（演示）",
                  kind,
                  e.uscc(),
                  e.address(),
                  null,
                  null,
                  null,
                  List.of(new RiskResponsiblePerson(e.legalRepresentative(), e.contactPhone())),
                  true),
              DemoDistrict.ACTOR);
      if (kind.name().startsWith("HAZCHEM")) {
        chemicalObjects.add(id);
      }
      objects++;
      points += addPoints(id, random);
    }
    for (Town town : areas.towns()) {
      RiskObjectKind kind =
          switch (town.kind()) {
            case SUBDISTRICT ->
                random.nextBoolean()
                    ? RiskObjectKind.CROWDED_PLACE
                    : RiskObjectKind.WATERLOGGING_POINT;
            case TOWN ->
                random.nextBoolean()
                    ? RiskObjectKind.SMALL_RESERVOIR
                    : RiskObjectKind.GEOLOGICAL_HAZARD_POINT;
          };
      Coordinate c =
          areas.townBoundary(town.code()).buffer(-0.003).getInteriorPoint().getCoordinate();
      long id =
          census.register(
              new RiskObjectDraft(
                  town.name() + label(kind) + "（演示）",
                  kind,
                  null,
                  town.name(),
                  c.x,
                  c.y,
                  CoordinateSystem.WGS84,
                  List.of(),
                  true),
              DemoDistrict.ACTOR);
      objects++;
      points += addPoints(id, random);
    }
    List<MajorHazardSiteDraft> sites = new ArrayList<>();
    for (int i = 0; i < Math.min(150, chemicalUsccs.size()); i++) {
      sites.add(site(chemicalUsccs.get(i), i, random));
    }
    int siteCount =
        sites.isEmpty() ? 0 : majorHazards.register(sites, DemoDistrict.ACTOR, true).size();
    List<String> hazardEnterprises =
        enterprises.stream().limit(60).map(EnterpriseDraft::uscc).toList();
    int hazardCount = hazards.createDemoHazards(hazardEnterprises);
    // Inspections of the census objects' enterprises; failed checklist items become hazards.
    inspections.createDemoInspections(chemicalUsccs.stream().limit(30).toList());
    // The trusted loaders publish no change events: compute every enterprise's safety code once.
    long started = System.nanoTime();
    int codes = safetyCodes.recomputeAll();
    log.info(
        "Demo safety codes: {} enterprises computed in {} ms",
        codes,
        (System.nanoTime() - started) / 1_000_000);
    return new Loaded(objects, points, siteCount, hazardCount, chemicalObjects);
  }

  private int addPoints(long objectId, Random random) {
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      long point =
          census.addPoint(
              objectId,
              new RiskPointDraft(
                  "风险点" + (i + 1),
                  "演示风险点：作业过程中的主要危险",
                  ControlLevel.values()[random.nextInt(ControlLevel.values().length)],
                  "演示责任人"),
              DemoDistrict.ACTOR);
      census.assess(
          point,
          new RiskPointAssessmentDraft(
              RiskPointMethod.LEC,
              BigDecimal.valueOf(L[random.nextInt(L.length)]),
              BigDecimal.valueOf(E[random.nextInt(E.length)]),
              BigDecimal.valueOf(C[random.nextInt(C.length)]),
              null,
              "演示评估"),
          DemoDistrict.ACTOR);
    }
    return n;
  }

  private static MajorHazardSiteDraft site(String uscc, int index, Random random) {
    List<MajorHazardSiteDraft.Unit> units = new ArrayList<>();
    int unitCount = 1 + random.nextInt(2);
    for (int u = 0; u < unitCount; u++) {
      List<MajorHazardSiteDraft.Substance> substances = new ArrayList<>();
      int n = 1 + random.nextInt(2);
      for (int s = 0; s < n; s++) {
        Holding h = HOLDINGS.get(random.nextInt(HOLDINGS.size()));
        double q = h.minTonnes() + random.nextDouble() * (h.maxTonnes() - h.minTonnes());
        substances.add(
            new MajorHazardSiteDraft.Substance(
                h.cas(), BigDecimal.valueOf(q).setScale(2, RoundingMode.HALF_UP), null));
      }
      units.add(
          new MajorHazardSiteDraft.Unit(
              u == 0 ? "储罐区" : "生产装置" + u, u == 0 ? "STORAGE" : "PRODUCTION", substances));
    }
    int[] populations = {0, 15, 40, 80, 300};
    return new MajorHazardSiteDraft(
        uscc, "演示重大危险源" + (index + 1), populations[random.nextInt(populations.length)], units);
  }

  /** The census kind of a demo enterprise, by its GB/T 4754 industry (null: not in the census). */
  private static RiskObjectKind kindOf(String industry, Random random) {
    if (random.nextInt(10) >= 4) {
      return null; // about 40 % of enterprises are census objects
    }
    if (industry.startsWith("C26") || industry.startsWith("C28") || industry.startsWith("C27")) {
      RiskObjectKind[] kinds = {
        RiskObjectKind.HAZCHEM_PRODUCTION,
        RiskObjectKind.HAZCHEM_STORAGE,
        RiskObjectKind.HAZCHEM_USE
      };
      return kinds[random.nextInt(kinds.length)];
    }
    if (industry.startsWith("C3670")) {
      return RiskObjectKind.SPRAYING;
    }
    if (industry.startsWith("C33") || industry.startsWith("C34")) {
      return random.nextBoolean() ? RiskObjectKind.METAL_SMELTING : RiskObjectKind.DUST_EXPLOSION;
    }
    if (industry.startsWith("C13")) {
      return RiskObjectKind.AMMONIA_REFRIGERATION;
    }
    if (industry.startsWith("C17")) {
      return RiskObjectKind.CONFINED_SPACE;
    }
    if (industry.startsWith("F51") || industry.startsWith("G5")) {
      return RiskObjectKind.HAZCHEM_TRADING;
    }
    return null;
  }

  private static String label(RiskObjectKind kind) {
    return switch (kind) {
      case HAZCHEM_PRODUCTION -> "危化品生产";
      case HAZCHEM_STORAGE -> "危化品储存";
      case HAZCHEM_TRADING -> "危化品经营";
      case HAZCHEM_USE -> "危化品使用";
      case DUST_EXPLOSION -> "粉尘涉爆场所";
      case CONFINED_SPACE -> "有限空间";
      case SPRAYING -> "喷涂作业场所";
      case AMMONIA_REFRIGERATION -> "涉氨制冷";
      case METAL_SMELTING -> "金属冶炼";
      case SHIP_REPAIR -> "船舶修造";
      case CROWDED_PLACE -> "人员密集场所";
      case WATERLOGGING_POINT -> "易涝点";
      case SMALL_RESERVOIR -> "山塘水库";
      case GEOLOGICAL_HAZARD_POINT -> "地质灾害点";
    };
  }
}
