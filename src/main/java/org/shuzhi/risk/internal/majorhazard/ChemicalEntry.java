package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A catalogue row: a chemical named in GB 18218-2018 Table 1 (Q) and, for the named toxic gases,
 * Table 3 (β).
 *
 * @param versionId the catalogue version the row belongs to
 * @param key the CAS number, or a catalogue code for a Table 1 row without one ({@link
 *     CatalogueKey})
 * @param aliases further CAS numbers the row covers (煤气 covers carbon monoxide, 630-08-0)
 * @param beta own β, or null when β comes from the categories (Table 4)
 * @param categoryCodes Table 2 codes; used for β when {@code beta} is null
 * @param toxicGas named toxic gas of Table 3
 * @param note remark, e.g. why a value is unsure
 */
record ChemicalEntry(
    long id,
    long versionId,
    String key,
    List<String> aliases,
    String nameZh,
    String nameEn,
    BigDecimal criticalQuantity,
    BigDecimal beta,
    List<String> categoryCodes,
    boolean toxicGas,
    String note,
    Instant updatedAt,
    String updatedBy,
    int version) {

  ChemicalEntry {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
  }

  public String categories() {
    return String.join(",", categoryCodes);
  }

  public String aliasList() {
    return String.join(",", aliases);
  }

  /** True when the key is a catalogue code, not a CAS number. */
  public boolean keyIsCode() {
    return CatalogueKey.isCode(key);
  }
}
