package org.shuzhi.risk.internal.majorhazard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A catalogue row: a chemical named in GB 18218-2018 Table 1 (Q) and, for the named toxic gases,
 * Table 3 (β).
 *
 * @param beta own β, or null when β comes from the categories (Table 4)
 * @param categoryCodes Table 2 codes; used for β when {@code beta} is null
 * @param toxicGas named toxic gas of Table 3
 * @param note remark, e.g. why a value is unsure
 */
record ChemicalEntry(
    long id,
    String cas,
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
    categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
  }

  public String categories() {
    return String.join(",", categoryCodes);
  }
}
