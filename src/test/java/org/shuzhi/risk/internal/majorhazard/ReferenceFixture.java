package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.shuzhi.risk.MajorHazardLevel;

/** A small GB 18218-2018 reference set for unit tests (values from the domain notes, §2). */
final class ReferenceFixture {

  private ReferenceFixture() {}

  static ReferenceData gb18218() {
    return new ReferenceData(
        "TEST",
        Map.of(
            "7782-50-5", chemical("7782-50-5", "氯", "5", "4", ""),
            "7664-41-7", chemical("7664-41-7", "氨", "10", "2", ""),
            "7446-09-5", chemical("7446-09-5", "二氧化硫", "20", "2", ""),
            "67-56-1", chemical("67-56-1", "甲醇", "500", null, "W5.3"),
            "50-00-0", chemical("50-00-0", "甲醛", "5", null, "W2,J3")),
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
        cas,
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
