package org.shuzhi.risk.internal.majorhazard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One catalogue version's reference data as the calculator needs it.
 *
 * @param versionId the catalogue version's id (stored with a site's grade)
 * @param versionCode e.g. {@code GB 18218-2018}
 * @param chemicals Table 1/3 rows by catalogue key (CAS number or catalogue code)
 * @param categories Table 2/4 rows by code
 * @param alphaBands α bands, ascending by population
 * @param levelBands grades, descending by R threshold
 */
record ReferenceData(
    long versionId,
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

  /**
   * The entry a key names: its own row, else the row that covers it as an alias (CAS 630-08-0
   * carbon monoxide → the 煤气 row); null when none. An entry's own key wins over an alias.
   */
  ChemicalEntry find(String key) {
    ChemicalEntry own = chemicals.get(key);
    if (own != null) {
      return own;
    }
    // Aliases are few (a handful of rows have any), so a scan beats keeping a second map.
    for (ChemicalEntry e : chemicals.values()) {
      if (e.aliases().contains(key)) {
        return e;
      }
    }
    return null;
  }
}
