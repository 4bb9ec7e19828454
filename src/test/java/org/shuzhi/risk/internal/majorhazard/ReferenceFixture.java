package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.shuzhi.risk.MajorHazardLevel;

/** A small GB 18218-2018 reference set for unit tests (values from the domain notes, §2). */
final class ReferenceFixture {

  private ReferenceFixture() {}

  static ReferenceData gb18218() {
    List<ChemicalEntry> chemicals =
        List.of(
            chemical("7782-50-5", "氯", "5", "4", ""),
            chemical("7664-41-7", "氨", "10", "2", ""),
            chemical("7446-09-5", "二氧化硫", "20", "2", ""),
            chemical("10102-44-0", "二氧化氮", "1", "10", ""),
            chemical("67-56-1", "甲醇", "500", null, "W5.3"),
            chemical("50-00-0", "甲醛", "5", null, "W2,J3"),
            // GB 18218-2018 Table 1 煤气: no CAS number; carbon monoxide resolves to it.
            new ChemicalEntry(
                0,
                1,
                "GB18218-T1-COAL-GAS",
                List.of("630-08-0"),
                "煤气",
                "Town gas",
                new BigDecimal("20"),
                new BigDecimal("2"),
                List.of(),
                true,
                null,
                null,
                null,
                0));
    Map<String, ChemicalEntry> byKey = new java.util.LinkedHashMap<>();
    chemicals.forEach(c -> byKey.put(c.key(), c));
    return new ReferenceData(
        1,
        "TEST",
        byKey,
        Map.of(
            "J3", category("J3", "50", "2"),
            "J5", category("J5", "500", "1"),
            "W2", category("W2", "10", "1.5"),
            "W5.1", category("W5.1", "10", "1.5"),
            "W5.3", category("W5.3", "1000", "1")),
        List.of(
            new AlphaBand(100, null, new BigDecimal("2.0")),
            new AlphaBand(0, 0, new BigDecimal("0.5")),
            new AlphaBand(1, 29, new BigDecimal("1.0")),
            new AlphaBand(30, 49, new BigDecimal("1.2")),
            new AlphaBand(50, 99, new BigDecimal("1.5"))),
        List.of(
            new LevelBand(MajorHazardLevel.LEVEL_4, BigDecimal.ZERO),
            new LevelBand(MajorHazardLevel.LEVEL_3, BigDecimal.TEN),
            new LevelBand(MajorHazardLevel.LEVEL_1, new BigDecimal("100")),
            new LevelBand(MajorHazardLevel.LEVEL_2, new BigDecimal("50"))));
  }

  private static ChemicalEntry chemical(
      String cas, String name, String q, String beta, String categories) {
    return new ChemicalEntry(
        0,
        1,
        cas,
        List.of(),
        name,
        null,
        new BigDecimal(q),
        beta == null ? null : new BigDecimal(beta),
        categories.isEmpty() ? List.of() : List.of(categories.split(",")),
        beta != null,
        null,
        null,
        null,
        0);
  }

  private static HazardCategory category(String code, String q, String beta) {
    return new HazardCategory(code, code, code, new BigDecimal(q), new BigDecimal(beta), null);
  }
}
