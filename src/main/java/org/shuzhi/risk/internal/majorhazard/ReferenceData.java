package org.shuzhi.risk.internal.majorhazard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One catalogue version's reference data as the calculator needs it.
 *
 * @param versionCode e.g. {@code GB 18218-2018}
 * @param chemicals Table 1/3 rows by CAS
 * @param categories Table 2/4 rows by code
 * @param alphaBands α bands, ascending by population
 * @param levelBands grades, descending by R threshold
 */
record ReferenceData(
    String versionCode,
    Map<String, ChemicalEntry> chemicals,
    Map<String, HazardCategory> categories,
    List<AlphaBand> alphaBands,
    List<LevelBand> levelBands) {

  ReferenceData {
    chemicals = Map.copyOf(chemicals);
    categories = Map.copyOf(categories);
    alphaBands =
        alphaBands.stream().sorted(Comparator.comparingInt(AlphaBand::minPopulation)).toList();
    levelBands =
        levelBands.stream().sorted(Comparator.comparing(LevelBand::minR).reversed()).toList();
  }
}
